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
     * Runs part of the running transaction under a savepoint: when the work throws, its changes alone are undone, the
     * exception comes out unchanged, and the transaction goes on with what it did before. Nothing becomes visible to
     * anybody else until the transaction commits. Outside a transaction it is a programming error.
     */
    <T> T inSavepoint(Supplier<T> work);
}
