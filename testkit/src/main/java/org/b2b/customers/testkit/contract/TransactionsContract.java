package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * What the {@code Transactions} port promises: a use case is all or nothing, nested calls join it, a savepoint undoes
 * only its own work, and nothing a transaction writes is seen by anybody else before it commits.
 */
public abstract class TransactionsContract extends PortContract {

    /** Every outbox message committed so far. */
    protected abstract List<OutboundMessage> outboxMessages();

    /**
     * Whether another transaction waits until a running one has ended (a store that runs one transaction at a time),
     * rather than reading what was committed before it, as databases do at read committed.
     */
    protected boolean othersWaitForARunningTransaction() {
        return false;
    }

    @Test
    public void a_committed_change_is_visible_to_later_transactions() {
        Company company = given().company();

        assertThat(inTransaction(() -> ports().companies().find(company.id()))).contains(company);
    }

    @Test
    public void autocommitted_work_reads_what_is_committed_without_a_transaction_of_its_own() {
        Company company = given().company();

        assertThat(ports().transactions().autoCommitted(() -> ports().companies().find(company.id())))
                .contains(company);
    }

    @Test
    public void autocommitted_work_inside_a_transaction_joins_it_and_sees_its_changes() {
        User rep = given().salesRepresentative();
        var details = given().details("Joined " + Fixtures.unique(), rep);
        CompanyId id = new CompanyId(Fixtures.id());

        Optional<Company> seen = inTransaction(() -> {
            ports().companies().add(Company.create(id, details, Fixtures.T0));
            return ports().transactions().autoCommitted(() -> ports().companies().find(id));
        });

        assertThat(seen).hasValueSatisfying(company -> assertThat(company.details()).isEqualTo(details));
    }

    @Test
    public void a_failing_transaction_leaves_no_rows_not_even_in_the_outbox() {
        User rep = given().salesRepresentative();
        var details = given().details("Rolled Back " + Fixtures.unique(), rep);
        CompanyId id = new CompanyId(Fixtures.id());
        UUID messageId = UUID.randomUUID();
        HistoryEntryId entry = new HistoryEntryId(Fixtures.id());

        AtomicReference<MemberId> member = new AtomicReference<>();

        assertThatThrownBy(() -> inTransaction(() -> {
            Company company = ports().companies().add(Company.create(id, details, Fixtures.T0));
            member.set(given().member(company).id());
            ports().history().append(new HistoryEntry(entry, Optional.of(id), Fixtures.T0, rep.id(), "company.created", Map.of()));
            ports().outbox().append(new OutboundMessage(messageId, rep.email(), "invitation", Map.of("k", "v"), Fixtures.T0));
            throw new IllegalStateException("the use case fails");
        })).hasMessage("the use case fails");

        inTransaction(() -> {
            assertThat(ports().companies().find(id)).isEmpty();
            assertThat(ports().members().find(member.get())).isEmpty();
            assertThat(ports().history().listWithActors(id, Optional.empty(), Optional.empty(), 10).items())
                    .isEmpty();
        });
        assertThat(outboxMessages()).extracting(OutboundMessage::id).doesNotContain(messageId);
    }

    @Test
    public void the_error_that_rolls_back_comes_out_unchanged() {
        DomainException refusal = DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN, "refused");

        assertThatThrownBy(() -> inTransaction(() -> {
            throw refusal;
        })).isSameAs(refusal);
    }

    @Test
    public void a_nested_call_joins_the_running_transaction_and_rolls_back_with_it() {
        User rep = given().salesRepresentative();
        var details = given().details("Nested " + Fixtures.unique(), rep);
        CompanyId id = new CompanyId(Fixtures.id());

        assertThatThrownBy(() -> inTransaction(() -> {
            inTransaction(() -> ports().companies().add(Company.create(id, details, Fixtures.T0)));
            assertThat(ports().companies().find(id)).isPresent();
            throw new IllegalStateException("the outer work fails after the inner one returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> ports().companies().find(id))).isEmpty();
    }

    @Test
    public void repositories_refuse_to_work_outside_a_transaction() {
        User rep = given().salesRepresentative();
        var details = given().details("Outside " + Fixtures.unique(), rep);

        assertThatThrownBy(() -> ports().companies().add(Company.create(new CompanyId(Fixtures.id()), details, Instant.EPOCH)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ports().users().find(rep.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void a_failing_savepoint_undoes_its_own_work_only_and_the_transaction_goes_on() {
        User rep = given().salesRepresentative();
        CompanyId before = new CompanyId(Fixtures.id());
        CompanyId inside = new CompanyId(Fixtures.id());
        CompanyId after = new CompanyId(Fixtures.id());
        var detailsBefore = given().details("Before " + Fixtures.unique(), rep);
        var detailsInside = given().details("Inside " + Fixtures.unique(), rep);
        var detailsAfter = given().details("After " + Fixtures.unique(), rep);
        IllegalStateException failure = new IllegalStateException("the part fails");

        inTransaction(() -> {
            ports().companies().add(Company.create(before, detailsBefore, Fixtures.T0));
            assertThatThrownBy(() -> ports().transactions().inSavepoint(() -> {
                ports().companies().add(Company.create(inside, detailsInside, Fixtures.T0));
                throw failure;
            })).isSameAs(failure);
            assertThat(ports().companies().find(inside)).isEmpty();
            ports().companies().add(Company.create(after, detailsAfter, Fixtures.T0));
        });

        inTransaction(() -> {
            assertThat(ports().companies().find(before)).isPresent();
            assertThat(ports().companies().find(inside)).isEmpty();
            assertThat(ports().companies().find(after)).isPresent();
        });
    }

    @Test
    public void a_savepoint_that_succeeds_keeps_its_work_until_the_transaction_decides() {
        User rep = given().salesRepresentative();
        CompanyId kept = new CompanyId(Fixtures.id());
        CompanyId rolledBack = new CompanyId(Fixtures.id());
        var keptDetails = given().details("Kept " + Fixtures.unique(), rep);
        var rolledBackDetails = given().details("Rolled back " + Fixtures.unique(), rep);

        inTransaction(() -> ports().transactions().inSavepoint(
                () -> ports().companies().add(Company.create(kept, keptDetails, Fixtures.T0))));
        assertThatThrownBy(() -> inTransaction(() -> {
            ports().transactions().inSavepoint(
                    () -> ports().companies().add(Company.create(rolledBack, rolledBackDetails, Fixtures.T0)));
            throw new IllegalStateException("the use case fails after its savepoint");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> ports().companies().find(kept))).isPresent();
        assertThat(inTransaction(() -> ports().companies().find(rolledBack))).isEmpty();
    }

    @Test
    public void an_outbox_message_written_before_a_refused_add_in_the_same_transaction_survives() {
        Company company = given().company();
        var email = Fixtures.email("twice");
        Invitation first = given().invitation(company, email, Fixtures.T0);
        inTransaction(() -> ports().invitations().add(first));
        Invitation second = given().invitation(company, email, Fixtures.T0);
        UUID messageId = UUID.randomUUID();

        inTransaction(() -> {
            ports().outbox().append(new OutboundMessage(messageId, email, "invitation", Map.of("k", "v"), Fixtures.T0));
            assertThatThrownBy(() -> ports().transactions().inSavepoint(() -> ports().invitations().add(second)))
                    .isInstanceOfSatisfying(DomainException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo("invitation.already_open"));
        });

        assertThat(outboxMessages()).extracting(OutboundMessage::id).contains(messageId);
        assertThat(inTransaction(() -> ports().invitations().find(first.id()))).isPresent();
        assertThat(inTransaction(() -> ports().invitations().find(second.id()))).isEmpty();
    }

    @Test
    public void an_add_followed_by_a_failure_leaves_nothing() {
        Company company = given().company();
        Invitation invitation = given().invitation(company, Fixtures.email("undone"), Fixtures.T0);

        assertThatThrownBy(() -> inTransaction(() -> {
            ports().transactions().inSavepoint(() -> ports().invitations().add(invitation));
            ports().invitations().add(given().invitation(company, Fixtures.email("plain"), Fixtures.T0));
            throw new IllegalStateException("the use case fails after its adds");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> ports().invitations().find(invitation.id()))).isEmpty();
        assertThat(inTransaction(() -> ports().companies().findOverview(company.id(), Fixtures.T0)).orElseThrow()
                .pendingInvitations()).isZero();
    }

    @Test
    public void nothing_of_a_running_transaction_is_visible_to_another_before_it_commits() {
        User rep = given().salesRepresentative();
        var details = given().details("Unseen " + Fixtures.unique(), rep);
        CompanyId id = new CompanyId(Fixtures.id());
        Invitation invitation = given().invitation(given().company(), Fixtures.email("unseen"), Fixtures.T0);
        UUID messageId = UUID.randomUUID();
        Supplier<String> whatOthersSee = () -> inTransaction(() -> "company " + ports().companies().find(id).isPresent()
                + ", invitation " + ports().invitations().find(invitation.id()).isPresent())
                + ", message " + outboxMessages().stream().anyMatch(m -> m.id().equals(messageId));
        String nothing = "company false, invitation false, message false";
        String everything = "company true, invitation true, message true";
        FutureTask<String> reading = new FutureTask<>(whatOthersSee::get);
        Thread other = new Thread(reading, "other transaction");

        inTransaction(() -> {
            ports().companies().add(Company.create(id, details, Fixtures.T0));
            ports().transactions().inSavepoint(() -> ports().invitations().add(invitation));
            ports().outbox().append(new OutboundMessage(messageId, rep.email(), "invitation", Map.of("k", "v"), Fixtures.T0));
            other.start();
            if (othersWaitForARunningTransaction()) {
                awaitWaiting(other);
                assertThat(reading).as("the other transaction reads only after this one has ended").isNotDone();
            } else {
                assertThat(reading).succeedsWithin(Duration.ofSeconds(30)).isEqualTo(nothing);
            }
        });

        assertThat(reading).succeedsWithin(Duration.ofSeconds(30)).isIn(nothing, everything);
        assertThat(whatOthersSee.get()).isEqualTo(everything);
    }

    @Test
    public void a_savepoint_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> ports().transactions().inSavepoint(() -> "work"))
                .isInstanceOf(IllegalStateException.class);
    }

    /** Returns once the thread waits for the running transaction to end, within a deadline. */
    private static void awaitWaiting(Thread thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("inTransaction"))) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the other transaction neither read nor waited within 30 s");
    }
}
