package org.b2b.customers.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.b2b.customers.application.port.out.MailSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileMailSenderTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(FileMailSender.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @TempDir
    Path data;

    FileMailSenderTest() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(log);
    }

    @Test
    void a_mail_is_written_as_an_eml_file_under_the_directory_and_its_registration_link_is_logged() throws Exception {
        Path outbox = data.resolve("outbox");
        FileMailSender sender = new FileMailSender(outbox, Mails.composer());

        try (MailSender.Batch batch = sender.openBatch()) {
            batch.send(Mails.invitation("ina@buyer.example"));
        }

        List<Path> files;
        try (Stream<Path> listing = Files.list(outbox)) {
            files = listing.toList();
        }
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).startsWith("invitation-ina@buyer.example-").endsWith(".eml");
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("ina@buyer.example");
                assertThat(Mails.text(message)).contains(Mails.LINK);
                assertThat(Mails.html(message)).contains(Mails.LINK);
            }
        });
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("ina@buyer.example", Mails.LINK, files.get(0).toString()));
    }
}
