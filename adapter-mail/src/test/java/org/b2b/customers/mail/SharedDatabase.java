package org.b2b.customers.mail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.b2b.customers.persistence.DatabaseConfig;
import org.b2b.customers.persistence.LocalPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database for each test, which several servers open at once: an H2 in memory that outlives its connections,
 * or a schema of its own on the local PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}).
 * Where that PostgreSQL is missing its tests are skipped, unless {@code CI=true} demands it.
 */
final class SharedDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final boolean postgres;
    private String name;
    private DatabaseConfig config;

    private SharedDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    static SharedDatabase h2() {
        return new SharedDatabase(false);
    }

    static SharedDatabase postgres() {
        return new SharedDatabase(true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        name = "mail_" + UUID.randomUUID().toString().substring(0, 8);
        if (!postgres) {
            config = DatabaseConfig.of("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, null, null);
            return;
        }
        LocalPostgres.skipReason().ifPresent(Assumptions::abort);
        execute(LocalPostgres.URL, "create schema " + name);
        config = DatabaseConfig.of(LocalPostgres.URL + "?currentSchema=" + name, LocalPostgres.USER, null);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (config == null) {
            return;
        }
        if (postgres) {
            execute(LocalPostgres.URL, "drop schema " + name + " cascade");
        } else {
            execute(config.url(), "shutdown");
        }
        config = null;
    }

    DatabaseConfig config() {
        return config;
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, postgres ? LocalPostgres.USER : "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
