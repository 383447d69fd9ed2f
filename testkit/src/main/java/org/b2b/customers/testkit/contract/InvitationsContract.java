package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.b2b.customers.testkit.contract.Conflicts.assertConflict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.invitation.RegistrationTokens;
import org.b2b.customers.domain.shared.TooSoonException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link Invitations} store does. */
public abstract class InvitationsContract extends PortContract {

    private static final Instant LATER = Fixtures.T0.plus(Duration.ofDays(30));

    private Invitations invitations() {
        return ports().invitations();
    }

    private Invitation stored(Company company, EmailAddress email, Instant now) {
        Invitation invitation = given().invitation(company, email, now);
        return inTransaction(() -> invitations().add(invitation));
    }

    @Test
    public void a_stored_invitation_reads_back_equal_by_id_fingerprint_and_open_key() {
        Company company = given().company();
        EmailAddress email = Fixtures.email("invitee");
        Invitation invitation = stored(company, email, Fixtures.T0);

        assertThat(inTransaction(() -> invitations().find(invitation.id()))).hasValueSatisfying(found ->
                assertThat(found).usingRecursiveComparison().isEqualTo(invitation));
        assertThat(inTransaction(() -> invitations().findByFingerprint(invitation.secret().fingerprint()))).contains(invitation);
        assertThat(inTransaction(() -> invitations().findOpen(company.id(), email))).contains(invitation);
        assertThat(inTransaction(() -> invitations().find(new InvitationId(Fixtures.id())))).isEmpty();
    }

    @Test
    public void several_invitations_read_at_once_are_those_that_exist_each_once() {
        Company company = given().company();
        Invitation first = stored(company, Fixtures.email("first"), Fixtures.T0);
        Invitation second = stored(given().company(), Fixtures.email("second"), Fixtures.T0);
        stored(company, Fixtures.email("not-asked-for"), Fixtures.T0);
        InvitationId missing = new InvitationId(Fixtures.id());

        List<Invitation> found = inTransaction(() -> invitations().findAll(
                List.of(second.id(), missing, first.id(), second.id())));

        assertThat(found).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrder(first, second);
        assertThat(inTransaction(() -> invitations().findAll(List.of()))).isEmpty();
    }

    @Test
    public void a_company_has_one_open_invitation_per_email() {
        Company company = given().company();
        EmailAddress email = Fixtures.email("invitee");
        stored(company, email, Fixtures.T0);

        assertConflict(() -> stored(company, email, Fixtures.T0.plusSeconds(1)), "invitation.already_open");
        assertThat(stored(given().company(), email, Fixtures.T0)).isNotNull();
    }

    @Test
    public void a_second_invitation_refused_under_a_savepoint_leaves_the_transaction_usable() {
        Company company = given().company();
        EmailAddress email = Fixtures.email("invitee");
        stored(company, email, Fixtures.T0);
        Invitation duplicate = given().invitation(company, email, Fixtures.T0.plusSeconds(1));
        Invitation other = given().invitation(company, Fixtures.email("other"), Fixtures.T0.plusSeconds(1));

        // A bulk invitation reports the refused line and goes on inviting the others in the same transaction.
        inTransaction(() -> {
            assertConflict(() -> ports().transactions().inSavepoint(() -> invitations().add(duplicate)),
                    "invitation.already_open");
            invitations().add(other);
        });

        assertThat(inTransaction(() -> invitations().find(other.id()))).isPresent();
    }

    @Test
    public void invitations_added_together_read_back_equal_and_are_found_open_together() {
        Company company = given().company();
        List<Invitation> batch = List.of(given().invitation(company, Fixtures.email("a"), Fixtures.T0),
                given().invitation(company, Fixtures.email("b"), Fixtures.T0),
                given().invitation(company, Fixtures.email("c"), Fixtures.T0));

        inTransaction(() -> invitations().addAll(batch));

        for (Invitation invitation : batch) {
            assertThat(inTransaction(() -> invitations().find(invitation.id()))).hasValueSatisfying(found ->
                    assertThat(found).usingRecursiveComparison().isEqualTo(invitation));
        }
        assertThat(inTransaction(() -> invitations().findOpen(company.id(),
                batch.stream().map(Invitation::email).toList())))
                .usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(batch);
        inTransaction(() -> invitations().addAll(List.of()));
    }

    @Test
    public void a_batch_with_one_person_invited_already_stores_none_and_the_transaction_goes_on() {
        Company company = given().company();
        EmailAddress taken = Fixtures.email("taken");
        stored(company, taken, Fixtures.T0.minus(Duration.ofDays(60)));
        Invitation before = given().invitation(company, Fixtures.email("before"), Fixtures.T0);
        Invitation after = given().invitation(company, Fixtures.email("after"), Fixtures.T0);
        List<Invitation> refused = List.of(given().invitation(company, Fixtures.email("first"), Fixtures.T0),
                given().invitation(company, taken, Fixtures.T0),
                given().invitation(company, Fixtures.email("last"), Fixtures.T0));

        inTransaction(() -> {
            invitations().add(before);
            assertConflict(() -> invitations().addAll(refused), "invitation.already_open");
            invitations().add(after);
        });

        assertThat(inTransaction(() -> invitations().findAll(ids(refused)))).isEmpty();
        assertThat(inTransaction(() -> invitations().findAll(List.of(before.id(), after.id())))).hasSize(2);
    }

    @Test
    public void a_batch_that_names_one_person_twice_stores_none() {
        Company company = given().company();
        EmailAddress twice = Fixtures.email("twice");
        List<Invitation> refused = List.of(given().invitation(company, twice, Fixtures.T0),
                given().invitation(company, Fixtures.email("other"), Fixtures.T0),
                given().invitation(company, twice, Fixtures.T0));

        assertConflict(() -> inTransaction(() -> invitations().addAll(refused)), "invitation.already_open");

        assertThat(inTransaction(() -> invitations().findAll(ids(refused)))).isEmpty();
    }

    @Test
    public void a_batch_made_in_a_transaction_that_rolls_back_leaves_nothing() {
        Company company = given().company();
        List<Invitation> batch = List.of(given().invitation(company, Fixtures.email("a"), Fixtures.T0),
                given().invitation(company, Fixtures.email("b"), Fixtures.T0));

        assertThatThrownBy(() -> inTransaction(() -> {
            invitations().addAll(batch);
            throw new IllegalStateException("the use case fails after its batch");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> invitations().findAll(ids(batch)))).isEmpty();
        assertThat(inTransaction(() -> ports().companies().findOverview(company.id(), Fixtures.T0)).orElseThrow()
                .pendingInvitations()).isZero();
    }

    @Test
    public void the_open_invitations_of_several_emails_are_pending_and_expired_ones_of_this_company_only() {
        Company company = given().company();
        Invitation pending = stored(company, Fixtures.email("pending"), Fixtures.T0);
        Invitation expired = stored(company, Fixtures.email("expired"), Fixtures.T0.minus(Duration.ofDays(60)));
        Invitation revoked = inTransaction(() -> invitations().update(
                stored(company, Fixtures.email("revoked"), Fixtures.T0).revoke(Fixtures.T0.plusSeconds(1))));
        Invitation elsewhere = stored(given().company(), Fixtures.email("elsewhere"), Fixtures.T0);
        EmailAddress never = Fixtures.email("never");

        List<Invitation> found = inTransaction(() -> invitations().findOpen(company.id(),
                List.of(pending.email(), expired.email(), revoked.email(), elsewhere.email(), never)));

        assertThat(found).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrder(pending, expired);
        assertThat(inTransaction(() -> invitations().findOpen(company.id(), List.<EmailAddress>of()))).isEmpty();
    }

    @Test
    public void an_expired_invitation_is_still_open_and_blocks_another() {
        Company company = given().company();
        EmailAddress email = Fixtures.email("invitee");
        stored(company, email, Fixtures.T0.minus(Duration.ofDays(60)));

        assertConflict(() -> stored(company, email, Fixtures.T0), "invitation.already_open");
    }

    @Test
    public void a_closed_invitation_makes_way_for_a_new_one() {
        Company company = given().company();
        EmailAddress email = Fixtures.email("invitee");
        Invitation first = stored(company, email, Fixtures.T0);
        Invitation revoked = inTransaction(() -> invitations().update(first.revoke(Fixtures.T0.plusSeconds(5))));

        Invitation second = stored(company, email, Fixtures.T0.plusSeconds(10));

        assertThat(inTransaction(() -> invitations().findOpen(company.id(), email))).contains(second);
        assertThat(inTransaction(() -> invitations().find(first.id()))).hasValueSatisfying(found ->
                assertThat(found).usingRecursiveComparison().isEqualTo(revoked));
    }

    @Test
    public void a_change_not_saved_is_not_visible() {
        Invitation invitation = stored(given().company(), Fixtures.email("invitee"), Fixtures.T0);

        inTransaction(() -> invitations().find(invitation.id()).orElseThrow().revoke(Fixtures.T0.plusSeconds(1)));

        assertThat(inTransaction(() -> invitations().find(invitation.id())).orElseThrow().state())
                .isEqualTo(Invitation.State.OPEN);
    }

    @Test
    public void an_update_from_a_stale_version_is_refused() {
        Invitation invitation = stored(given().company(), Fixtures.email("invitee"), Fixtures.T0);
        inTransaction(() -> invitations().update(invitation.deliveryFailed("mailbox full")));

        assertConflict(() -> inTransaction(() -> invitations().update(invitation.revoke(Fixtures.T0.plusSeconds(1)))),
                "invitation.stale_version");
    }

    @Test
    public void a_resent_expired_invitation_is_stored_with_its_new_link() {
        Invitation invitation = stored(given().company(), Fixtures.email("invitee"), Fixtures.T0);
        Invitation resent = invitation.resend(InvitationTtl.DEFAULT, new RegistrationTokens(RegistrationTokens.newKey()), LATER);

        Invitation updated = inTransaction(() -> invitations().update(resent));

        assertThat(inTransaction(() -> invitations().findByFingerprint(resent.secret().fingerprint()))).contains(updated);
        assertThat(inTransaction(() -> invitations().findByFingerprint(invitation.secret().fingerprint()))).isEmpty();
    }

    @Test
    public void the_recent_resends_are_kept_so_that_the_limit_holds_for_every_reader() {
        Invitation invitation = stored(given().company(), Fixtures.email("invitee"), Fixtures.T0);
        RegistrationTokens tokens = new RegistrationTokens(RegistrationTokens.newKey());
        Invitation current = invitation;
        for (int minute = 1; minute <= Invitation.RESEND_LIMIT; minute++) {
            Invitation resent = current.resend(InvitationTtl.DEFAULT, tokens, Fixtures.T0.plus(Duration.ofMinutes(minute)));
            inTransaction(() -> invitations().update(resent));
            current = inTransaction(() -> invitations().find(invitation.id())).orElseThrow();
        }
        Invitation read = current;

        assertThat(read.recentResends()).containsExactly(Fixtures.T0.plus(Duration.ofMinutes(1)),
                Fixtures.T0.plus(Duration.ofMinutes(2)), Fixtures.T0.plus(Duration.ofMinutes(3)));
        assertThatThrownBy(() -> read.resend(InvitationTtl.DEFAULT, tokens, Fixtures.T0.plus(Duration.ofMinutes(60))))
                .isInstanceOf(TooSoonException.class)
                .satisfies(e -> assertThat(((TooSoonException) e).possibleAt()).isEqualTo(Fixtures.T0.plus(Duration.ofMinutes(61))));
        assertThat(read.resend(InvitationTtl.DEFAULT, tokens, Fixtures.T0.plus(Duration.ofMinutes(61))).recentResends())
                .containsExactly(Fixtures.T0.plus(Duration.ofMinutes(2)), Fixtures.T0.plus(Duration.ofMinutes(3)),
                        Fixtures.T0.plus(Duration.ofMinutes(61)));
    }

    @Test
    public void a_company_lists_its_invitations_newest_first_by_status_at_a_time() {
        Company company = given().company();
        List<Invitation> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(stored(company, Fixtures.email("invitee" + i), Fixtures.T0.plus(Duration.ofDays(i % 3 * 5))));
        }
        stored(given().company(), Fixtures.email("elsewhere"), Fixtures.T0);
        Instant now = Fixtures.T0.plus(Duration.ofDays(9));
        List<Invitation> newestFirst = all.stream().sorted(Comparator.comparing(Invitation::createdAt)
                .thenComparing(i -> i.id().toString()).reversed()).toList();

        assertThat(page(company, Optional.empty(), now)).containsExactlyElementsOf(newestFirst);
        assertThat(page(company, Optional.of(InvitationStatus.PENDING), now))
                .containsExactlyElementsOf(newestFirst.stream().filter(i -> i.statusAt(now) == InvitationStatus.PENDING).toList());
        assertThat(page(company, Optional.of(InvitationStatus.EXPIRED), now))
                .containsExactlyElementsOf(newestFirst.stream().filter(i -> i.statusAt(now) == InvitationStatus.EXPIRED).toList());
        assertThat(inTransaction(() -> ports().companies().findOverview(company.id(), now)).orElseThrow()
                .pendingInvitations()).isEqualTo(all.stream().filter(i -> i.statusAt(now) == InvitationStatus.PENDING).count());
    }

    @Test
    public void a_companys_overview_counts_its_pending_and_expired_invitations_at_a_time_and_no_others() {
        Company company = given().company();
        stored(company, Fixtures.email("pending"), Fixtures.T0);
        stored(company, Fixtures.email("also-pending"), Fixtures.T0);
        stored(company, Fixtures.email("expired"), Fixtures.T0.minus(Duration.ofDays(60)));
        inTransaction(() -> invitations().update(
                stored(company, Fixtures.email("revoked"), Fixtures.T0).revoke(Fixtures.T0.plusSeconds(1))));
        Invitation accepted = stored(company, Fixtures.email("accepted"), Fixtures.T0);
        MemberId member = given().member(company).id();
        inTransaction(() -> invitations().update(accepted.accept(company, member, Fixtures.T0.plusSeconds(1))));
        stored(given().company(), Fixtures.email("elsewhere"), Fixtures.T0);

        assertThat(List.of(pendingAndExpired(company, Fixtures.T0.plusSeconds(2)), pendingAndExpired(company, LATER),
                pendingAndExpired(given().company(), Fixtures.T0)))
                .containsExactly(List.of(2L, 1L), List.of(0L, 3L), List.of(0L, 0L));
    }

    private List<Long> pendingAndExpired(Company company, Instant now) {
        Companies.Overview overview = inTransaction(() -> ports().companies().findOverview(company.id(), now))
                .orElseThrow();
        return List.of(overview.pendingInvitations(), overview.expiredInvitations());
    }

    @Test
    public void a_page_of_invitations_names_who_sent_each() {
        Company company = given().company();
        User sender = inTransaction(() -> ports().users().find(company.details().salesRepresentativeId()))
                .orElseThrow();
        Invitation invitation = inTransaction(() -> invitations().add(
                given().invitation(company, Fixtures.email("named"), Fixtures.T0)));

        Slice<Invitations.WithSender> page = inTransaction(() -> invitations().listWithSenders(company.id(),
                Optional.empty(), Fixtures.T0, Optional.empty(), 10));

        assertThat(page.items()).singleElement().satisfies(sent -> {
            assertThat(sent.invitation()).isEqualTo(invitation);
            assertThat(sent.sender()).contains(sender.name());
        });
    }

    private static List<InvitationId> ids(List<Invitation> invitations) {
        return invitations.stream().map(Invitation::id).toList();
    }

    private List<Invitation> page(Company company, Optional<InvitationStatus> status, Instant now) {
        List<Invitation> paged = new ArrayList<>();
        Optional<Invitations.Key> after = Optional.empty();
        Slice<Invitations.WithSender> slice;
        do {
            Optional<Invitations.Key> key = after;
            slice = inTransaction(() -> invitations().listWithSenders(company.id(), status, now, key, 2));
            slice.items().forEach(sent -> paged.add(sent.invitation()));
            after = slice.items().isEmpty() ? after : Optional.of(new Invitations.Key(
                    slice.last().invitation().createdAt(), slice.last().invitation().id()));
        } while (slice.hasMore());
        return paged;
    }
}
