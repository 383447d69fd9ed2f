package org.b2b.customers.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.flywaydb.core.Flyway;
import org.jooq.conf.Settings;

/**
 * The persistence, opened: a connection pool, the schema migrated to the latest version, one reused jOOQ context,
 * and a repository for every driven port, all sharing one transaction runner.
 *
 * <pre>{@code
 * try (Database database = Database.open(DatabaseConfig.fromEnvironment(System.getenv()))) {
 *     DrivenPorts ports = database.drivenPorts(passwordHasher, Clock.systemUTC());
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    /**
     * How long a statement waits for a row another transaction has locked before its use case gives up with a
     * conflict: long enough for the largest invitation import to commit, short of the server's 20 s stop. H2 waits
     * only about a second by default; PostgreSQL, for ever.
     */
    private static final int LOCK_TIMEOUT_SECONDS = 15;

    private final HikariDataSource pool;
    private final JooqTransactions transactions;

    private Database(HikariDataSource pool, DatabaseConfig config) {
        this.pool = pool;
        this.transactions = new JooqTransactions(pool, config.dialect(), new Settings().withExecuteLogging(false));
    }

    /** Connects, and migrates the schema before anything else can read it. */
    public static Database open(DatabaseConfig config) {
        return open(config, UnaryOperator.identity());
    }

    /**
     * {@link #open(DatabaseConfig)}, with the pool taking its connections through {@code connections}, which may
     * watch what is sent over them: tests and benchmarks count a use case's round trips this way.
     */
    public static Database open(DatabaseConfig config, UnaryOperator<DataSource> connections) {
        HikariDataSource pool = pool(config, connections);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:org/b2b/customers/persistence/migration")
                    .load()
                    .migrate();
            return new Database(pool, config);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Every driven port on this database; hashing and time are the caller's. */
    public DrivenPorts drivenPorts(PasswordHasher passwordHasher, Clock clock) {
        return new DrivenPorts(transactions,
                new JooqCompanies(transactions),
                new JooqUsers(transactions),
                new JooqMembers(transactions),
                new JooqInvitations(transactions),
                new JooqAddressBooks(transactions),
                new JooqCustomerGroups(transactions),
                new JooqRoles(transactions),
                new JooqOrders(transactions),
                new JooqHistory(transactions),
                new JooqOutbox(transactions),
                new JooqAccessTokens(transactions),
                new JooqPrincipals(transactions),
                new JooqLoginFailures(transactions),
                passwordHasher,
                clock);
    }

    /** The outbox of this database as the mail dispatchers work it off; it joins the driven ports' transactions. */
    public OutboxQueue outboxQueue() {
        return new JooqOutbox(transactions);
    }

    /** Whether the database answers within a second, for the readiness probe. */
    public boolean isReachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    JooqTransactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static HikariDataSource pool(DatabaseConfig config, UnaryOperator<DataSource> connections) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("customers");
        hikari.setDataSource(connections.apply(new DriverDataSource(config.url(), null, new Properties(),
                config.user(), config.password())));
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setConnectionInitSql(config.isPostgres() ? "set lock_timeout = '" + LOCK_TIMEOUT_SECONDS + "s'"
                : "set lock_timeout " + LOCK_TIMEOUT_SECONDS * 1000);
        return new HikariDataSource(hikari);
    }
}
