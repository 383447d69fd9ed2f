package org.b2b.customers.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.mail.DeliveryRound;
import org.b2b.customers.persistence.DatabaseConfig;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.MutableClock;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Mail delivery on a real database, shared by servers that each run a dispatcher, into GreenMail. */
abstract class MailOnOneDatabaseTest {

    /** Databases keep microseconds; a finer clock would make a stored instant differ from the one read back. */
    private static final Clock MICROSECOND_CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private MailServer server = MailServer.started();

    protected abstract DatabaseConfig config();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void two_servers_dispatching_from_one_database_send_every_mail_exactly_once() {
        int invitations = 200;
        try (Node first = Node.open(config(), MICROSECOND_CLOCK); Node second = Node.open(config(), MICROSECOND_CLOCK)) {
            CompanyView company = company(first);
            first.useCases().invitations().invite().invite(first.administrator(), new InviteMembersCommand(company.id(),
                    IntStream.range(0, invitations).mapToObj(i -> new Invitee("buyer" + i + "@buyer.example",
                            "company_buyer")).toList()));

            OutboxDispatcher firstDispatcher = OutboxDispatcher.start(first.delivery(smtp(MICROSECOND_CLOCK)), 2, 10,
                    Duration.ofMillis(10));
            OutboxDispatcher secondDispatcher = OutboxDispatcher.start(second.delivery(smtp(MICROSECOND_CLOCK)), 2, 10,
                    Duration.ofMillis(10));

            server.awaitReceived(invitations);
            firstDispatcher.close();
            secondDispatcher.close();
            assertThat(first.delivery(smtp(MICROSECOND_CLOCK)).deliverDue(1_000, () -> true))
                    .isEqualTo(DeliveryRound.NOTHING_DUE);
        }
        List<MimeMessage> received = server.received();
        assertThat(received).hasSize(invitations);
        assertThat(received.stream().map(MailOnOneDatabaseTest::recipient).distinct()).hasSize(invitations);
        assertThat(server.connections()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_retry_stored_in_the_database_is_delivered_once_after_the_backoff_by_the_restarted_server() {
        MutableClock clock = new MutableClock(InMemorySystem.DEFAULT_START);
        server.close();
        server = MailServer.down();
        try (Node before = Node.open(config(), clock)) {
            CompanyView company = company(before);
            before.useCases().invitations().invite().invite(before.administrator(),
                    InviteMembersCommand.of(company.id(), new Invitee("ina@buyer.example", "company_buyer")));
            assertThat(before.delivery(smtp(clock)).deliverDue(10, () -> true).retried()).isEqualTo(1);
        }
        server.up();

        try (Node after = Node.open(config(), clock)) {
            assertThat(after.delivery(smtp(clock)).deliverDue(10, () -> true)).isEqualTo(DeliveryRound.NOTHING_DUE);
            OutboxDispatcher dispatcher = OutboxDispatcher.start(after.delivery(smtp(clock)), 2, 10, Duration.ofMillis(10));
            clock.advance(Duration.ofSeconds(10));

            server.awaitReceived(1);
            dispatcher.close();
            assertThat(after.delivery(smtp(clock)).deliverDue(10, () -> true)).isEqualTo(DeliveryRound.NOTHING_DUE);
        }
        assertThat(server.receivedBy("ina@buyer.example")).hasSize(1);
        assertThat(server.received()).hasSize(1);
    }

    private SmtpMailSender smtp(Clock clock) {
        return new SmtpMailSender(server.settings(), MailComposer.load("no-reply@seller.example", Optional.empty(), clock));
    }

    private static CompanyView company(Node node) {
        TestData data = TestData.of(node.useCases(), node.administrator());
        return data.company("Acme Industrial", data.salesRepresentative());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
