package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.OUTBOX;
import static org.b2b.customers.persistence.schema.Tables.OUTBOX_DATA;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.application.security.Pbkdf2PasswordHasher;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.persistence.schema.tables.records.OutboxDataRecord;
import org.b2b.customers.testkit.contract.Fixtures;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated database for one test class, or for each test when registered per test: an in-memory H2, or a
 * schema of its own on the local PostgreSQL, created before the class (or test) and dropped after it.
 */
final class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final boolean postgres;
    private final boolean eachTest;
    private Optional<String> skipped = Optional.empty();
    private String schema;
    private final RoundTrips roundTrips = new RoundTrips();
    private Database database;
    private DrivenPorts ports;

    private TestDatabase(boolean postgres, boolean eachTest) {
        this.postgres = postgres;
        this.eachTest = eachTest;
    }

    static TestDatabase h2() {
        return new TestDatabase(false, false);
    }

    static TestDatabase postgres() {
        return new TestDatabase(true, false);
    }

    /** A new H2 for every test; register it on an instance field. */
    static TestDatabase h2EachTest() {
        return new TestDatabase(false, true);
    }

    /** A new PostgreSQL schema for every test; register it on an instance field. */
    static TestDatabase postgresEachTest() {
        return new TestDatabase(true, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (!eachTest) {
            open(context);
        }
    }

    /** Skips each test rather than the class, so that the report counts the skipped tests. */
    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        if (eachTest) {
            open(context);
        }
        skipped.ifPresent(Assumptions::abort);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (eachTest) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (!eachTest) {
            close();
        }
    }

    private void open(ExtensionContext context) throws SQLException {
        String name = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        String url;
        if (postgres) {
            skipped = LocalPostgres.skipReason();
            if (skipped.isPresent()) {
                return;
            }
            schema = name;
            execute("create schema " + schema);
            url = LocalPostgres.URL + "?currentSchema=" + schema;
        } else {
            url = "jdbc:h2:mem:" + name + H2_OPTIONS;
        }
        database = Database.open(DatabaseConfig.of(url, postgres ? LocalPostgres.USER : null, null), roundTrips);
        ports = database.drivenPorts(new Pbkdf2PasswordHasher(1_000), Clock.fixed(Fixtures.T0, ZoneOffset.UTC));
    }

    private void close() throws SQLException {
        if (database != null) {
            database.close();
            database = null;
        }
        if (schema != null) {
            execute("drop schema " + schema + " cascade");
            schema = null;
        }
    }

    DrivenPorts ports() {
        return ports;
    }

    /** The ports again, on another clock: for a whole system whose time the test moves. */
    DrivenPorts ports(Clock clock) {
        return database.drivenPorts(new Pbkdf2PasswordHasher(1_000), clock);
    }

    /** How many statements, commits and rollbacks the work sends to this database. */
    int roundTripsOf(Runnable work) {
        return roundTrips.of(work);
    }

    OutboxQueue outboxQueue() {
        return database.outboxQueue();
    }

    JooqTransactions transactions() {
        return database.transactions();
    }

    /** Every committed outbox message, read straight from its tables. */
    List<OutboundMessage> outboxMessages() {
        JooqTransactions transactions = database.transactions();
        return transactions.inTransaction(() -> {
            DSLContext dsl = transactions.dsl();
            Map<UUID, Result<OutboxDataRecord>> data = dsl.selectFrom(OUTBOX_DATA)
                    .orderBy(OUTBOX_DATA.MESSAGE_ID, OUTBOX_DATA.POSITION).fetchGroups(OUTBOX_DATA.MESSAGE_ID);
            return dsl.selectFrom(OUTBOX).orderBy(OUTBOX.CREATED_AT, OUTBOX.ID).fetch(r -> {
                Map<String, String> values = new LinkedHashMap<>();
                data.getOrDefault(r.getId(), dsl.newResult(OUTBOX_DATA)).forEach(d -> values.put(d.getDataKey(), d.getDataValue()));
                return new OutboundMessage(r.getId(), new EmailAddress(r.getRecipient()), r.getTemplate(), values,
                        r.getCreatedAt());
            });
        });
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(LocalPostgres.URL, LocalPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
