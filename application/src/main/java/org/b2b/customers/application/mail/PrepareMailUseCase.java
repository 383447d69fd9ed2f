package org.b2b.customers.application.mail;

import org.b2b.customers.application.port.out.PreparedMail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.port.out.OutboundMessage;

/**
 * For the mail dispatcher, after the message's transaction committed: the mail to send for an outbox message.
 * An invitation mail gets its registration link rebuilt from the invitation's stored secret; when the invitation
 * is no longer pending, its company is deactivated, or a later sending superseded the message, there is nothing
 * to send. Other templates pass through as they are. No user acts here: the system does.
 */
public interface PrepareMailUseCase {

    Optional<PreparedMail> prepare(OutboundMessage message);

    /**
     * The mails of several messages by message id, their invitations and companies read together rather than one by
     * one; refused as a whole when one of them cannot be prepared.
     */
    Map<UUID, Optional<PreparedMail>> prepareAll(List<OutboundMessage> messages);
}
