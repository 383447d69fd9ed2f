package org.b2b.customers.application.mail;

import java.time.Clock;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.UseCaseSupport;

/** Turning the outbox into mails and delivering them, wired to their ports. */
public final class MailUseCases {

    private final PrepareMailService prepare;
    private final Transactions transactions;
    private final Invitations invitations;
    private final Clock clock;

    public MailUseCases(UseCaseSupport support, DrivenPorts ports, Settings settings) {
        prepare = new PrepareMailService(support.transactions(), ports.invitations(), ports.companies(), settings,
                support.clock());
        transactions = support.transactions();
        invitations = ports.invitations();
        clock = support.clock();
    }

    public PrepareMailUseCase prepare() {
        return prepare;
    }

    /**
     * The delivery of the outbox through a mail sender, for a mail adapter's dispatcher; the queue is the outbox of
     * the same store as the driven ports.
     */
    public DeliverMailUseCase deliver(OutboxQueue queue, MailSender sender) {
        return new DeliverMailService(transactions, queue, prepare, invitations, sender, clock);
    }
}
