package org.b2b.customers.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.port.out.DeliveryFailure;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.PermanentDeliveryFailure;
import org.b2b.customers.application.port.out.TransientDeliveryFailure;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends mail over SMTP with Jakarta Mail (Angus), one connection per batch. A reply of the 5xx kind is a permanent
 * failure, one of the 4xx kind a transient one; a server that cannot be reached, or drops the connection, is a
 * transient failure too. When the server cannot be reached, the rest of the batch fails at once rather than
 * waiting for the same timeout again, mail after mail.
 */
public final class SmtpMailSender implements MailSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Per read or write. A sending connects and then waits for at most five replies, which keeps it within the two
     * minutes the application allows one sending before its claim runs out.
     */
    static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(20);

    private final SmtpSettings settings;
    private final MailComposer composer;
    private final Session session;

    public SmtpMailSender(SmtpSettings settings, MailComposer composer) {
        this.settings = settings;
        this.composer = composer;
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(READ_WRITE_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(READ_WRITE_TIMEOUT.toMillis()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        // The envelope sender and the Message-ID's domain; without it, Jakarta Mail asks the host for its own name.
        properties.setProperty("mail.from", composer.from());
        this.session = Session.getInstance(properties);
    }

    @Override
    public Batch openBatch() {
        return new SmtpBatch();
    }

    /** One SMTP connection, opened at the first mail and kept for the others. */
    private final class SmtpBatch implements Batch {

        private Transport transport;
        private Optional<TransientDeliveryFailure> unreachable = Optional.empty();

        @Override
        public void send(PreparedMail mail) throws DeliveryFailure {
            if (unreachable.isPresent()) {
                throw new TransientDeliveryFailure(unreachable.get().getMessage(), unreachable.get());
            }
            MimeMessage message;
            try {
                message = composer.compose(session, mail);
            } catch (AddressException e) {
                throw new PermanentDeliveryFailure("not a mail address: " + e.getMessage(), e);
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot compose the mail to " + mail.recipient(), e);
            }
            Transport connected = connected();
            try {
                connected.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                throw failureOf(e);
            }
        }

        @Override
        public void close() {
            disconnect();
        }

        private Transport connected() throws TransientDeliveryFailure {
            if (transport == null) {
                try {
                    transport = session.getTransport("smtp");
                    transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                            settings.password().orElse(null));
                } catch (MessagingException e) {
                    disconnect();
                    TransientDeliveryFailure failure = new TransientDeliveryFailure("cannot reach the mail server "
                            + settings.host() + ":" + settings.port() + ": " + describe(e), e);
                    unreachable = Optional.of(failure);
                    throw failure;
                }
            }
            return transport;
        }

        private DeliveryFailure failureOf(MessagingException e) {
            Optional<Reply> reply = Reply.of(e);
            if (reply.isEmpty()) {
                // No reply at all: the connection broke. The next mail of the batch connects again.
                disconnect();
                return new TransientDeliveryFailure("lost the connection to the mail server: " + describe(e), e);
            }
            return reply.get().code() >= 500
                    ? new PermanentDeliveryFailure(reply.get().text(), e)
                    : new TransientDeliveryFailure(reply.get().text(), e);
        }

        private void disconnect() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The connection is gone either way; nothing was left to send on it.
                }
                transport = null;
            }
        }
    }

    /** The mail server's refusal: its reply code and its words. */
    private record Reply(int code, String text) {

        static Optional<Reply> of(MessagingException failure) {
            for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
                int code = e instanceof SMTPAddressFailedException a ? a.getReturnCode()
                        : e instanceof SMTPSenderFailedException s ? s.getReturnCode()
                        : e instanceof SMTPSendFailedException s ? s.getReturnCode()
                        : -1;
                if (code >= 400) {
                    return Optional.of(new Reply(code, oneLine(e.getMessage())));
                }
            }
            return Optional.empty();
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause == e ? e.getMessage() : e.getMessage() + " (" + cause + ")";
        return oneLine(message == null ? e.getClass().getSimpleName() : message);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
