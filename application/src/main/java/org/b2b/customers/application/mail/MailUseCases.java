package org.b2b.customers.application.mail;

import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.application.support.UseCaseSupport;

/** Turning the outbox into mails and delivering them, wired to their ports. */
public final class MailUseCases {

    private final UseCaseSupport support;
    private final Invitations invitations;
    private final PrepareMailService prepare;

    public MailUseCases(UseCaseSupport support, DrivenPorts ports, Settings settings) {
        this.support = support;
        invitations = ports.invitations();
        prepare = new PrepareMailService(support, ports.invitations(), ports.companies(), settings);
    }

    public PrepareMailUseCase prepare() {
        return prepare;
    }

    /**
     * The delivery of the outbox through a mail sender, for a mail adapter's dispatcher; the queue is the outbox of
     * the same store as the driven ports.
     */
    public DeliverMailUseCase deliver(OutboxQueue queue, MailSender sender) {
        return new DeliverMailService(support, new MailRoute(queue, sender), prepare, invitations);
    }
}
