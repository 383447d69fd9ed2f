package org.b2b.customers.persistence;

import java.util.function.Supplier;
import org.b2b.customers.application.port.out.Transactions;
import org.jooq.DSLContext;

/**
 * One JDBC transaction per use case: commits when the work returns, rolls back when it throws anything, and lets
 * calls made inside a running transaction join it. Repositories reach the database only through {@link #dsl()}.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext dsl;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return dsl.transactionResult(transaction -> {
            current.set(transaction.dsl());
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /** The running transaction; a repository called outside one is a programming error, as in the in-memory store. */
    DSLContext dsl() {
        DSLContext transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("database access outside a transaction");
        }
        return transaction;
    }
}
