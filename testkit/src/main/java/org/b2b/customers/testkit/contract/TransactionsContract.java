package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;
import org.junit.jupiter.api.Test;

/** What the {@code Transactions} port promises: a use case is all or nothing, and nested calls join it. */
public abstract class TransactionsContract extends PortContract {

    /** Every outbox message committed so far. */
    protected abstract List<OutboundMessage> outboxMessages();

    @Test
    public void a_committed_change_is_visible_to_later_transactions() {
        Company company = given().company();

        assertThat(inTransaction(() -> ports().companies().find(company.id()))).contains(company);
    }

    @Test
    public void a_failing_transaction_leaves_no_rows_not_even_in_the_outbox() {
        User rep = given().salesRepresentative();
        var details = given().details("Rolled Back " + Fixtures.unique(), rep);
        CompanyId id = new CompanyId(Fixtures.id());
        UUID messageId = UUID.randomUUID();
        HistoryEntryId entry = new HistoryEntryId(Fixtures.id());

        assertThatThrownBy(() -> inTransaction(() -> {
            Company company = ports().companies().add(Company.create(id, details, Fixtures.T0));
            given().member(company);
            ports().history().append(new HistoryEntry(entry, Optional.of(id), Fixtures.T0, rep.id(), "company.created", Map.of()));
            ports().outbox().append(new OutboundMessage(messageId, rep.email(), "invitation", Map.of("k", "v"), Fixtures.T0));
            throw new IllegalStateException("the use case fails");
        })).hasMessage("the use case fails");

        inTransaction(() -> {
            assertThat(ports().companies().find(id)).isEmpty();
            assertThat(ports().members().countByCompany(id)).isZero();
            assertThat(ports().history().listByCompany(id, Optional.empty(), 10).items()).isEmpty();
        });
        assertThat(outboxMessages()).extracting(OutboundMessage::id).doesNotContain(messageId);
    }

    @Test
    public void the_error_that_rolls_back_comes_out_unchanged() {
        DomainException refusal = DomainException.conflict("some.conflict", "refused");

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
}
