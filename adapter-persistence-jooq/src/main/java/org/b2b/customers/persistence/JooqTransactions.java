package org.b2b.customers.persistence;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.Transactions;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;

/**
 * One JDBC transaction per use case: commits when the work returns, rolls back when it throws anything, and lets
 * calls made inside a running transaction join it. Repositories reach the database only through {@link #dsl()}.
 */
final class JooqTransactions implements Transactions {

    /** The running transaction and the tables it has written so far. */
    private record Running(DSLContext dsl, Set<Table<?>> written) {}

    private final DSLContext dsl;
    private final ThreadLocal<Running> current = new ThreadLocal<>();

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return dsl.transactionResult(transaction -> {
            current.set(new Running(transaction.dsl(), new HashSet<>()));
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /** The running transaction; a repository called outside one is a programming error, as in the in-memory store. */
    DSLContext dsl() {
        return running().dsl();
    }

    /** Notes that the running transaction writes the table, whose rows it then sees before anybody else does. */
    void writing(Table<?> table) {
        running().written().add(table);
    }

    /** Whether the running transaction has written the table: what it reads there may yet be rolled back. */
    boolean hasWritten(Table<?> table) {
        return running().written().contains(table);
    }

    /** The SQL of a query for this database, with a placeholder for each bind value. */
    String render(Query query) {
        return dsl.render(query);
    }

    private Running running() {
        Running running = current.get();
        if (running == null) {
            throw new IllegalStateException("database access outside a transaction");
        }
        return running;
    }
}
