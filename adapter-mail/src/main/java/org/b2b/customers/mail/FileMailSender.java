package org.b2b.customers.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.UUID;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.port.out.DeliveryFailure;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.port.out.PermanentDeliveryFailure;
import org.b2b.customers.application.port.out.TransientDeliveryFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a developer's laptop, where there is no mail server: each mail is written as an {@code .eml} file (which any
 * mail program opens) into a directory, and its registration link is logged, so that an invitation can be followed
 * straight from the console.
 */
public final class FileMailSender implements MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(FileMailSender.class);

    private final Path directory;
    private final MailComposer composer;
    private final Session session;

    public FileMailSender(Path directory, MailComposer composer) {
        this.directory = directory;
        this.composer = composer;
        Properties properties = new Properties();
        properties.setProperty("mail.from", composer.from());
        this.session = Session.getInstance(properties);
    }

    @Override
    public Batch openBatch() {
        return new Batch() {
            @Override
            public void send(PreparedMail mail) throws DeliveryFailure {
                Path file = directory.resolve(fileName(mail));
                try {
                    MimeMessage message = composer.compose(session, mail);
                    Files.createDirectories(directory);
                    // Written aside and moved in, so that whoever watches the directory never reads half a mail.
                    Path partial = directory.resolve(file.getFileName() + ".part");
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        message.writeTo(out);
                    }
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AddressException e) {
                    throw new PermanentDeliveryFailure("not a mail address: " + e.getMessage(), e);
                } catch (IOException | MessagingException e) {
                    throw new TransientDeliveryFailure("cannot write " + file + ": " + e.getMessage(), e);
                }
                mail.registrationLink().ifPresentOrElse(
                        link -> LOG.info("mail to {} written to {}; registration link {}", mail.recipient(), file, link),
                        () -> LOG.info("mail to {} written to {}", mail.recipient(), file));
            }

            @Override
            public void close() {}
        };
    }

    private static String fileName(PreparedMail mail) {
        String recipient = mail.recipient().value().replaceAll("[^A-Za-z0-9@._-]", "_");
        return mail.template() + "-" + recipient + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
    }
}
