package org.b2b.customers.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.Transactions;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * One JDBC transaction per use case: commits when the work returns, rolls back when it throws anything (a rollback
 * that fails is what the caller then gets, the work's failure within it), and lets calls made inside a running
 * transaction join it. A transaction that lost a race for a lock ends in the domain's conflict
 * {@code concurrent_change.retry} rather than a database error. Repositories reach the database only through
 * {@link #dsl()} and {@link #connection()}.
 *
 * <p>It runs the transaction itself rather than through jOOQ's {@code transactionResult}, which derives a new
 * configuration and transaction context for every call: on H2, where a read by key takes the database a few
 * microseconds, that setup cost as much as one of the reads. One {@link DSLContext} serves every transaction by
 * handing out the connection of the calling thread's.
 */
final class JooqTransactions implements Transactions {

    /** The running transaction and what is to be done once it has committed, in order. */
    private record Running(Connection connection, List<Runnable> afterCommit) {}

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final ThreadLocal<Running> current = new ThreadLocal<>();

    JooqTransactions(HikariDataSource pool, SQLDialect dialect, Settings settings) {
        this.pool = pool;
        this.dsl = DSL.using(new RunningConnection(), dialect, settings);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection connection = begin();
        Running running = new Running(connection, new ArrayList<>());
        current.set(running);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            rollBack(connection, e);
            throw Contention.translate(e);
        } catch (Error e) {
            rollBack(connection, e);
            throw e;
        } finally {
            current.remove();
        }
        try (connection) {
            connection.commit();
        } catch (SQLException e) {
            throw failed(e);
        }
        running.afterCommit().forEach(Runnable::run);
        return result;
    }

    /** A connection in autocommit, as the pool hands them out, that the work's statements share. */
    @Override
    public <T> T autoCommitted(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Running running = new Running(connect(), new ArrayList<>());
        current.set(running);
        T result;
        try (Connection connection = running.connection()) {
            result = work.get();
        } catch (SQLException e) {
            throw failed(e);
        } catch (RuntimeException e) {
            throw Contention.translate(e);
        } finally {
            current.remove();
        }
        // Every statement committed as it ran: what the work read is known committed.
        running.afterCommit().forEach(Runnable::run);
        return result;
    }

    /**
     * A JDBC savepoint on the running transaction's connection. jOOQ's nested {@code transaction(...)} cannot serve:
     * it does not know the transaction this class opened, so it would commit and roll back the whole of it.
     */
    @Override
    public <T> T inSavepoint(Supplier<T> work) {
        Running running = running();
        Connection connection = running.connection();
        int actionsBefore = running.afterCommit().size();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("the savepoint could not be set: " + e.getMessage(), e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            running.afterCommit().subList(actionsBefore, running.afterCommit().size()).clear();
            rollBackTo(connection, savepoint, e);
            throw e;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new DataAccessException("the savepoint could not be released: " + e.getMessage(), e);
        }
        return result;
    }

    /** The running transaction's (or autocommitted work's) jOOQ context; outside one is a programming error. */
    DSLContext dsl() {
        running();
        return dsl;
    }

    /** The running transaction's connection, for statements rendered once. */
    Connection connection() {
        return running().connection();
    }

    /**
     * Runs the action once the running transaction has committed, and never if it, or the savepoint the action was
     * asked for in, is rolled back: for keeping in memory what the transaction read, which is then known committed.
     */
    void afterCommit(Runnable action) {
        running().afterCommit().add(action);
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

    /** A connection of the pool, its transaction begun. */
    private Connection begin() {
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            close(connection, e);
            throw failed(e);
        }
    }

    /** A connection of the pool, in autocommit as the pool keeps them. */
    private Connection connect() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static RuntimeException failed(SQLException e) {
        return Contention.translate(new DataAccessException("the transaction failed: " + e.getMessage(), e));
    }

    /**
     * Undoes the failed work and gives the connection back. Should the rollback fail, the connection is evicted from
     * the pool, which closes it at once (and which giving it back afterwards would trip over), so that the database
     * drops what the work wrote rather than a later transaction on the connection committing it. Since a refusal tells
     * the caller that nothing changed, which the failed rollback leaves unproven, the rollback's failure is thrown
     * instead of the work's, which it carries as suppressed.
     */
    private void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            DataAccessException failed = new DataAccessException("the transaction could not be rolled back: "
                    + e.getMessage(), e);
            failed.addSuppressed(cause);
            pool.evictConnection(connection);
            throw failed;
        }
        close(connection, cause);
    }

    /** Gives the connection back to the pool; a failure to, as try-with-resources would, goes with the one thrown. */
    private static void close(Connection connection, Throwable thrown) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            thrown.addSuppressed(e);
        }
    }

    /**
     * Undoes the failed work back to its savepoint. Should that fail, the transaction holds changes nobody meant to
     * keep: the failure then aborts the whole transaction instead of the refusal the caller may have expected.
     */
    private static void rollBackTo(Connection connection, Savepoint savepoint, Throwable cause) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException | RuntimeException e) {
            DataAccessException failed = new DataAccessException("the savepoint could not be rolled back: " + e.getMessage(), e);
            failed.addSuppressed(cause);
            throw failed;
        }
    }

    /** Gives jOOQ the connection of the calling thread's transaction, and leaves closing it to the transaction. */
    private final class RunningConnection implements ConnectionProvider {

        @Override
        public Connection acquire() {
            return running().connection();
        }

        @Override
        public void release(Connection connection) {
            // the transaction that opened the connection closes it
        }
    }
}
