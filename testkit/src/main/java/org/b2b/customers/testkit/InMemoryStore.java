package org.b2b.customers.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.Transactions;

/**
 * The in-memory database: its tables, and transactions over them. Transactions are serializable in the simplest
 * way — one at a time — and keep an undo journal, so a failing use case leaves every table as it found it, and a
 * failing savepoint undoes the journal back to where it began.
 */
public final class InMemoryStore implements Transactions {

    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<List<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        lock.lock();
        List<Runnable> journal = new ArrayList<>();
        undo.set(journal);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            undo(journal, 0);
            throw e;
        } finally {
            undo.remove();
            lock.unlock();
        }
    }

    /**
     * A transaction: in memory nothing is saved by skipping one, and atomic work is what autocommitted work that
     * succeeds looks like. A test that relies on a write surviving a later failure belongs on a database.
     */
    @Override
    public <T> T autoCommitted(Supplier<T> work) {
        return inTransaction(work);
    }

    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        List<Runnable> journal = undo.get();
        if (journal == null) {
            throw new IllegalStateException("savepoint outside a transaction");
        }
        int savepoint = journal.size();
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            undo(journal, savepoint);
            throw e;
        }
    }

    /** A new empty table in this store. */
    public <K, V> InMemoryTable<K, V> table(String name) {
        return new InMemoryTable<>(name, this);
    }

    /** Records how to undo a change; tables call this for every write. Writes outside a transaction are refused. */
    void journal(String table, Runnable undoStep) {
        List<Runnable> journal = undo.get();
        if (journal == null) {
            throw new IllegalStateException("write to " + table + " outside a transaction");
        }
        journal.add(undoStep);
    }

    /** Undoes the journal's steps back to the given length, newest first, and forgets them. */
    private static void undo(List<Runnable> journal, int length) {
        for (int i = journal.size() - 1; i >= length; i--) {
            journal.remove(i).run();
        }
    }

    void requireTransaction(String table) {
        if (undo.get() == null) {
            throw new IllegalStateException("read of " + table + " outside a transaction");
        }
    }
}
