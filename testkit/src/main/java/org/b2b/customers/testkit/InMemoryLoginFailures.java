package org.b2b.customers.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.FailureTally;
import org.b2b.customers.application.port.out.LoginFailures;

/** Failure tallies in memory; the store's one-transaction-at-a-time lock makes each replace atomic. */
public final class InMemoryLoginFailures implements LoginFailures {

    private final InMemoryStore store;
    private final InMemoryTable<String, Tally> table;

    public InMemoryLoginFailures(InMemoryStore store) {
        this.store = store;
        this.table = store.table("login_failures");
    }

    @Override
    public Optional<FailureTally> find(String subject) {
        return table.get(subject).map(Tally::tally);
    }

    @Override
    public boolean replace(String subject, Optional<FailureTally> expected, FailureTally next) {
        return store.inTransaction(() -> {
            if (!find(subject).equals(expected)) {
                return false;
            }
            table.put(subject, new Tally(subject, next));
            return true;
        });
    }

    @Override
    public int forgetExpired(Instant now) {
        List<String> expired = table.rows().filter(row -> !row.tally().forgetAt().isAfter(now))
                .map(Tally::subject).toList();
        expired.forEach(table::remove);
        return expired.size();
    }

    private record Tally(String subject, FailureTally tally) {}
}
