package org.b2b.customers.persistence;

import java.sql.SQLException;
import java.util.Set;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.SharedErrorCode;

/**
 * A statement that waited too long for a lock another transaction held, or that the database chose to break a
 * deadlock: the use case ran into a concurrent one, nothing of it was kept, and it may simply be tried again.
 */
final class Contention {

    /** Serialization failure and H2's deadlock; PostgreSQL's deadlock and lock timeout; H2's lock timeout. */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    private Contention() {}

    /** The conflict a client can act on, when the failure is contention; otherwise the failure itself. */
    static RuntimeException translate(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && SQL_STATES.contains(e.getSQLState())) {
                return DomainException.conflict(SharedErrorCode.CONCURRENT_CHANGE_RETRY,
                        "Someone else was changing the same data at the same moment; nothing was saved, please try again.");
            }
        }
        return failure;
    }
}
