package org.b2b.customers.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.mail.DeliverMailUseCase;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.testkit.InMemoryOutbox;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Invitations made through the use cases in memory, delivered by the dispatcher over SMTP into GreenMail. */
class InvitationMailTest {

    private static final String EMAIL = "ina@buyer.example";
    private static final Pattern LINK = Pattern.compile("http://localhost:7070/register/\\S+");

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final Actor admin = system.administrator();
    private MailServer server = MailServer.started();
    private OutboxDispatcher dispatcher;

    @AfterEach
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
        server.close();
    }

    @Test
    void an_invitation_arrives_at_the_invitee_in_text_and_html_with_a_link_that_registers_them() throws Exception {
        CompanyView company = company("Acme Industrial");
        startDispatcher();

        invite(company, EMAIL);

        server.awaitReceived(1);
        MimeMessage message = server.receivedBy(EMAIL).get(0);
        assertThat(message.getSubject()).contains("Acme Industrial");
        assertThat(Mails.html(message)).contains("Acme Industrial", "Company buyer", "Administrator Account");
        Matcher link = LINK.matcher(Mails.text(message));
        assertThat(link.find()).as("the text part holds the registration link").isTrue();
        assertThat(Mails.html(message)).contains(link.group());
        assertThat(useCases.invitations().register().register(new RegisterCommand(TestData.tokenOf(link.group()), "Ina", "Vitee",
                TestData.PASSWORD)).companyId()).isEqualTo(company.id());
    }

    @Test
    void a_company_named_like_a_script_reaches_the_html_part_escaped() throws Exception {
        CompanyView company = company("<script>alert(1)</script> GmbH");
        startDispatcher();

        invite(company, EMAIL);

        server.awaitReceived(1);
        assertThat(Mails.html(server.receivedBy(EMAIL).get(0)))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; GmbH").doesNotContain("<script>");
    }

    @Test
    void an_invitation_made_while_the_mail_server_is_down_is_delivered_once_when_the_backoff_has_passed() {
        CompanyView company = company("Acme Industrial");
        server.close();
        server = MailServer.down();
        startDispatcher();

        invite(company, EMAIL);
        awaitRetryScheduled();
        server.up();
        assertThat(onlyEntry().nextAttemptAt()).isAfter(system.clock().instant());
        system.clock().advance(Duration.ofSeconds(10));

        server.awaitReceived(1);
        Eventually.until("the mail is marked sent", () -> onlyEntry().status() == InMemoryOutbox.Status.SENT);
        dispatcher.close();
        assertThat(server.receivedBy(EMAIL)).hasSize(1);
        assertThat(onlyEntry().attempts()).isEqualTo(2);
    }

    @Test
    void a_retry_survives_a_restart_of_the_dispatcher() {
        CompanyView company = company("Acme Industrial");
        server.close();
        server = MailServer.down();
        startDispatcher();
        invite(company, EMAIL);
        awaitRetryScheduled();
        dispatcher.close();

        server.up();
        startDispatcher();
        system.clock().advance(Duration.ofSeconds(10));

        server.awaitReceived(1);
        Eventually.until("the mail is marked sent", () -> onlyEntry().status() == InMemoryOutbox.Status.SENT);
        dispatcher.close();
        assertThat(server.receivedBy(EMAIL)).hasSize(1);
    }

    @Test
    void a_5xx_reply_shows_on_the_invitation_and_a_resend_delivers_it() {
        CompanyView company = company("Acme Industrial");
        server.replyTo(EMAIL, "550 5.1.1 No such mailbox here");
        startDispatcher();

        InvitationId id = invite(company, EMAIL);

        Eventually.until("the failure shows on the invitation", () -> view(company, id).deliveryFailure().isPresent());
        assertThat(view(company, id).deliveryFailure()).contains("delivery failed: 550 5.1.1 No such mailbox here");
        assertThat(onlyEntry().status()).isEqualTo(InMemoryOutbox.Status.FAILED);
        server.acceptMailTo(EMAIL);

        InvitationView resent = useCases.invitations().resend().resend(admin, company.id(), id);

        assertThat(resent.deliveryFailure()).isEmpty();
        server.awaitReceived(1);
        assertThat(server.receivedBy(EMAIL)).hasSize(1);
    }

    @Test
    void a_use_case_whose_transaction_rolls_back_sends_nothing() {
        CompanyView company = company("Acme Industrial");
        startDispatcher();

        assertThatThrownBy(() -> system.ports().transactions().inTransaction(() -> {
            invite(company, "rolled-back@buyer.example");
            throw new IllegalStateException("the embedding application's transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        invite(company, EMAIL);

        server.awaitReceived(1);
        dispatcher.close();
        assertThat(server.received()).singleElement()
                .satisfies(message -> assertThat(server.receivedBy(EMAIL)).containsExactly(message));
    }

    @Test
    void a_closed_dispatcher_takes_no_more_mail() {
        CompanyView company = company("Acme Industrial");
        startDispatcher();
        dispatcher.close();

        invite(company, EMAIL);

        DeliverMailUseCase delivery = useCases.mail().deliver(system.outbox(), smtp());
        assertThat(delivery.deliverDue(10, () -> true).sent()).isEqualTo(1);
        assertThat(server.receivedBy(EMAIL)).hasSize(1);
    }

    private void startDispatcher() {
        dispatcher = OutboxDispatcher.start(useCases.mail().deliver(system.outbox(), smtp()), 2, 10, Duration.ofMillis(20));
    }

    private SmtpMailSender smtp() {
        return new SmtpMailSender(server.settings(), MailComposer.load("no-reply@seller.example", Optional.empty(),
                system.clock()));
    }

    private void awaitRetryScheduled() {
        Eventually.until("the first attempt failed and a retry is due later", () -> system.outbox().entries().stream()
                .anyMatch(entry -> entry.attempts() == 1 && entry.lastError().isPresent()));
        assertThat(onlyEntry().lastError()).hasValueSatisfying(error -> assertThat(error).contains("cannot reach"));
    }

    private InMemoryOutbox.Entry onlyEntry() {
        assertThat(system.outbox().entries()).hasSize(1);
        return system.outbox().entries().get(0);
    }

    private CompanyView company(String name) {
        return system.testData().company(name, system.testData().salesRepresentative());
    }

    private InvitationId invite(CompanyView company, String email) {
        return useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
    }

    private InvitationView view(CompanyView company, InvitationId id) {
        return useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items().stream()
                .filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }
}
