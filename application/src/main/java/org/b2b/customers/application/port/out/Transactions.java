package org.b2b.customers.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one atomic transaction: all of its changes, outbox messages included, are kept or none is. A call
 * inside a running transaction joins it. Every use case runs its whole body through here.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work without a transaction of its own: each statement is committed as it runs (autocommit), which saves
     * the round trips of a begin and a commit. For reads, that changes nothing they see: under read committed, the
     * isolation of every transaction here, each statement of a transaction sees its own snapshot of what is committed
     * too. A write in it is kept even when the work later fails, so only a single write that may stand alone belongs
     * here. A call inside a running transaction joins it; a savepoint needs {@link #inTransaction}.
     */
    <T> T autoCommitted(Supplier<T> work);

    /**
     * Runs part of the running transaction under a savepoint: when the work throws, its changes alone are undone, the
     * exception comes out unchanged, and the transaction goes on with what it did before. Nothing becomes visible to
     * anybody else until the transaction commits. Outside a transaction it is a programming error.
     */
    <T> T inSavepoint(Supplier<T> work);
}
