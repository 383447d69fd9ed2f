package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerMailTest {

    @TempDir
    Path data;

    @Test
    void without_an_smtp_host_the_server_writes_each_invitation_as_an_eml_file_beside_its_data() {
        Configuration configuration = Configuration.from(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + data.resolve("customers") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_PUBLIC_URL", "https://customers.example.com",
                "CM_ADMIN_EMAIL", "owner@seller.example",
                "CM_ADMIN_PASSWORD", "the owner's long password"));

        try (Server server = Server.start(configuration, data.resolve("registration.key"))) {
            CustomerManagement useCases = server.useCases();
            Actor owner = Actor.of(useCases.users().authenticate()
                    .authenticate(new AuthenticateCommand("owner@seller.example", "the owner's long password")).id());
            TestData testData = TestData.of(useCases, owner);
            CompanyView company = testData.company("Acme Industrial", testData.salesRepresentative());

            useCases.invitations().invite().invite(owner,
                    InviteMembersCommand.of(company.id(), new Invitee("ina@buyer.example", "company_buyer")));

            Path outbox = data.resolve("outbox");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (files(outbox).isEmpty() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertThat(files(outbox)).singleElement().satisfies(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("ina@buyer.example");
                    MimeMultipart alternatives = (MimeMultipart) message.getContent();
                    assertThat((String) alternatives.getBodyPart(0).getContent())
                            .contains("https://customers.example.com/register/");
                }
            });
        }
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(file -> file.toString().endsWith(".eml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
