package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.domain.user.EmailAddress;

/**
 * A mail to be sent after the transaction that wrote it commits: a recipient, a template name and the data the
 * template needs. It never holds a registration link's secret: the sender rebuilds the link when it sends.
 */
public record OutboundMessage(UUID id, EmailAddress recipient, String template, Map<String, String> data, Instant createdAt) {

    public OutboundMessage {
        requireNonNull(id);
        requireNonNull(recipient);
        requireNonNull(template);
        data = ImmutableMap.copyOf(data);
        requireNonNull(createdAt);
    }
}
