package org.b2b.customers.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.port.out.DeliveryFailure;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.PermanentDeliveryFailure;
import org.b2b.customers.application.port.out.TransientDeliveryFailure;
import org.b2b.customers.domain.user.EmailAddress;

/**
 * A mail sender that keeps what it delivers instead of sending it, and fails for the addresses a test names, the
 * way a mail server would: for now (a 4xx reply, an outage) or for good (a 5xx reply).
 */
public final class RecordingMailSender implements MailSender {

    private final List<PreparedMail> delivered = new CopyOnWriteArrayList<>();
    private final Map<EmailAddress, DeliveryFailure> failures = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();

    @Override
    public Batch openBatch() {
        batches.incrementAndGet();
        return new Batch() {
            @Override
            public void send(PreparedMail mail) throws DeliveryFailure {
                DeliveryFailure failure = failures.get(mail.recipient());
                if (failure != null) {
                    throw failure;
                }
                delivered.add(mail);
            }

            @Override
            public void close() {}
        };
    }

    /** From now on, mail to this address fails for now, with this reply. */
    public void failTransientlyFor(String email, String reply) {
        failures.put(EmailAddress.of(email), new TransientDeliveryFailure(reply, null));
    }

    /** From now on, mail to this address fails for good, with this reply. */
    public void failPermanentlyFor(String email, String reply) {
        failures.put(EmailAddress.of(email), new PermanentDeliveryFailure(reply, null));
    }

    /** Mail to this address is delivered again. */
    public void deliverTo(String email) {
        failures.remove(EmailAddress.of(email));
    }

    /** Every mail delivered so far, in order. */
    public List<PreparedMail> delivered() {
        return List.copyOf(delivered);
    }

    /** The mails delivered to one address, in order. */
    public List<PreparedMail> deliveredTo(String email) {
        EmailAddress recipient = EmailAddress.of(email);
        return delivered.stream().filter(mail -> mail.recipient().equals(recipient)).toList();
    }

    /** How many batches were opened: one per round that had something to deliver. */
    public int batches() {
        return batches.get();
    }
}
