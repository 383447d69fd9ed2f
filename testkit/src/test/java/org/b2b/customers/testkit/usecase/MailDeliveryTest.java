package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.mail.DeliverMailUseCase;
import org.b2b.customers.application.mail.DeliveryRound;
import org.b2b.customers.application.port.out.InvitationTemplate;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.port.out.MailSender;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.testkit.InMemoryOutbox;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.RecordingMailSender;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    private static final String EMAIL = "invitee@buyer.example";

    private final InMemorySystem system = InMemorySystem.startWithInvitationTtl(Duration.ofHours(1));
    private final CustomerManagement useCases = system.useCases();
    private final Actor admin = system.administrator();
    private final CompanyView company = system.testData().company("Acme Industrial",
            system.testData().salesRepresentative());
    private final RecordingMailSender sender = new RecordingMailSender();
    private final DeliverMailUseCase delivery = useCases.mail().deliver(system.outbox(), sender);

    @Test
    void an_invitation_mail_is_delivered_once_with_a_link_that_registers_the_invitee() {
        invite(EMAIL);

        DeliveryRound round = deliver();

        assertThat(round.sent()).isEqualTo(1);
        assertThat(sender.deliveredTo(EMAIL)).singleElement().satisfies(mail -> {
            assertThat(mail.template()).isEqualTo(InvitationTemplate.NAME);
            assertThat(mail.data()).containsEntry(InvitationTemplate.COMPANY_NAME, "Acme Industrial");
            assertThat(useCases.invitations().register().register(new RegisterCommand(
                    TestData.tokenOf(mail.registrationLink().orElseThrow()), "Ina", "Vitee", TestData.PASSWORD))
                    .companyId()).isEqualTo(company.id());
        });
        assertThat(deliver()).isEqualTo(DeliveryRound.NOTHING_DUE);
        assertThat(sender.delivered()).hasSize(1);
    }

    @Test
    void the_mails_of_one_round_go_out_in_one_batch() {
        invite("one@buyer.example");
        invite("two@buyer.example");
        invite("three@buyer.example");

        assertThat(deliver().sent()).isEqualTo(3);

        assertThat(sender.batches()).isEqualTo(1);
    }

    @Test
    void a_transient_failure_is_tried_again_after_ten_seconds_at_most_and_five_at_least() {
        invite(EMAIL);
        sender.failTransientlyFor(EMAIL, "421 4.3.2 try again later");

        assertThat(deliver().retried()).isEqualTo(1);
        sender.deliverTo(EMAIL);
        system.clock().advance(Duration.ofSeconds(5).minusMillis(1));
        assertThat(deliver()).isEqualTo(DeliveryRound.NOTHING_DUE);
        system.clock().advance(Duration.ofSeconds(5).plusMillis(1));

        assertThat(deliver().sent()).isEqualTo(1);
        assertThat(sender.deliveredTo(EMAIL)).hasSize(1);
    }

    @Test
    void each_failed_attempt_doubles_the_wait() {
        invite(EMAIL);
        sender.failTransientlyFor(EMAIL, "421 4.3.2 try again later");
        deliver();
        system.clock().advance(Duration.ofSeconds(10));
        assertThat(deliver().retried()).isEqualTo(1);

        system.clock().advance(Duration.ofSeconds(10).minusMillis(1));
        assertThat(deliver()).isEqualTo(DeliveryRound.NOTHING_DUE);
        system.clock().advance(Duration.ofSeconds(10).plusMillis(1));
        assertThat(deliver().retried()).isEqualTo(1);
    }

    @Test
    void a_mail_still_failing_when_the_invitation_would_expire_is_given_up_and_shown_on_the_invitation() {
        InvitationId id = invite(EMAIL);
        sender.failTransientlyFor(EMAIL, "421 4.3.2 try again later");
        DeliveryRound round = deliver();
        while (round.retried() == 1) {
            system.clock().set(system.outbox().entries().get(0).nextAttemptAt());
            round = deliver();
        }

        assertThat(round.failed()).isEqualTo(1);
        assertThat(view(id).deliveryFailure()).hasValueSatisfying(failure -> assertThat(failure)
                .startsWith("delivery failed: gave up after ").endsWith(" attempts: 421 4.3.2 try again later"));
        assertThat(system.clock().instant()).isBefore(view(id).expiresAt());
        system.clock().advance(Duration.ofHours(2));
        assertThat(deliver()).isEqualTo(DeliveryRound.NOTHING_DUE);
    }

    @Test
    void a_permanent_failure_is_not_tried_again_and_staff_see_it_on_the_invitation() {
        InvitationId id = invite(EMAIL);
        sender.failPermanentlyFor(EMAIL, "550 5.1.1 no such mailbox");

        assertThat(deliver().failed()).isEqualTo(1);

        assertThat(view(id).deliveryFailure()).contains("delivery failed: 550 5.1.1 no such mailbox");
        sender.deliverTo(EMAIL);
        system.clock().advance(Duration.ofMinutes(30));
        assertThat(deliver()).isEqualTo(DeliveryRound.NOTHING_DUE);
        assertThat(sender.delivered()).isEmpty();
    }

    @Test
    void a_resend_clears_the_failure_and_is_delivered() {
        InvitationId id = invite(EMAIL);
        sender.failPermanentlyFor(EMAIL, "550 5.1.1 no such mailbox");
        deliver();
        sender.deliverTo(EMAIL);

        InvitationView resent = useCases.invitations().resend().resend(admin, company.id(), id);

        assertThat(resent.deliveryFailure()).isEmpty();
        assertThat(deliver().sent()).isEqualTo(1);
        assertThat(sender.deliveredTo(EMAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.data()).containsEntry(InvitationTemplate.SEND_COUNT, "2"));
        assertThat(view(id).deliveryFailure()).isEmpty();
    }

    @Test
    void the_mail_of_a_revoked_invitation_is_dropped_not_sent() {
        InvitationId id = invite(EMAIL);
        useCases.invitations().revoke().revoke(admin, company.id(), id);

        assertThat(deliver().dropped()).isEqualTo(1);

        assertThat(sender.delivered()).isEmpty();
        assertThat(system.outbox().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(InMemoryOutbox.Status.DROPPED));
    }

    @Test
    void only_the_latest_sending_of_an_invitation_goes_out() {
        InvitationId id = invite(EMAIL);
        useCases.invitations().resend().resend(admin, company.id(), id);

        DeliveryRound round = deliver();

        assertThat(round.dropped()).isEqualTo(1);
        assertThat(round.sent()).isEqualTo(1);
        assertThat(sender.deliveredTo(EMAIL)).singleElement()
                .satisfies(mail -> assertThat(mail.data()).containsEntry(InvitationTemplate.SEND_COUNT, "2"));
    }

    @Test
    void a_round_told_to_stop_finishes_the_mail_in_hand_and_gives_the_rest_back_at_once() {
        invite("one@buyer.example");
        invite("two@buyer.example");
        invite("three@buyer.example");
        AtomicInteger asked = new AtomicInteger();

        DeliveryRound stopped = delivery.deliverDue(10, () -> asked.incrementAndGet() == 1);

        assertThat(stopped.sent()).isEqualTo(1);
        assertThat(stopped.released()).isEqualTo(2);
        assertThat(deliver().sent()).isEqualTo(2);
        assertThat(sender.delivered()).hasSize(3);
    }

    @Test
    void a_round_starts_no_sending_that_could_outlast_its_claim_and_gives_the_rest_back() {
        invite("one@buyer.example");
        invite("two@buyer.example");
        invite("three@buyer.example");
        MailSender slow = () -> new MailSender.Batch() {
            @Override
            public void send(PreparedMail mail) {
                system.clock().advance(Duration.ofMinutes(2));
            }

            @Override
            public void close() {}
        };

        DeliveryRound round = useCases.mail().deliver(system.outbox(), slow).deliverDue(10, () -> true);

        assertThat(round.sent()).isEqualTo(2);
        assertThat(round.released()).isEqualTo(1);
        assertThat(deliver().sent()).isEqualTo(1);
    }

    @Test
    void a_use_case_whose_transaction_rolls_back_leaves_nothing_to_send() {
        assertThatThrownBy(() -> system.ports().transactions().inTransaction(() -> {
            invite(EMAIL);
            throw new IllegalStateException("the embedding application's transaction fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(deliver()).isEqualTo(DeliveryRound.NOTHING_DUE);
        assertThat(sender.delivered()).isEmpty();
    }

    private DeliveryRound deliver() {
        return delivery.deliverDue(50, () -> true);
    }

    private InvitationId invite(String email) {
        return useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
    }

    private InvitationView view(InvitationId id) {
        return useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items().stream()
                .filter(view -> view.id().equals(id)).findFirst().orElseThrow();
    }
}
