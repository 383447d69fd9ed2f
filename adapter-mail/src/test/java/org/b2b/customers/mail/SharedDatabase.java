package org.b2b.customers.mail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.persistence.DatabaseConfig;
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

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String POSTGRES_USER = "postgres";
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
        postgresMissing().ifPresent(Assumptions::abort);
        execute(POSTGRES_URL, "create schema " + name);
        config = DatabaseConfig.of(POSTGRES_URL + "?currentSchema=" + name, POSTGRES_USER, null);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (config == null) {
            return;
        }
        if (postgres) {
            execute(POSTGRES_URL, "drop schema " + name + " cascade");
        } else {
            execute(config.url(), "shutdown");
        }
        config = null;
    }

    DatabaseConfig config() {
        return config;
    }

    private static Optional<String> postgresMissing() {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "?connectTimeout=3", POSTGRES_USER, "")) {
            return Optional.empty();
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required on CI but " + e.getMessage(), e);
            }
            return Optional.of("PostgreSQL suite skipped: no PostgreSQL at " + POSTGRES_URL + " (" + e.getMessage() + ")");
        }
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, postgres ? POSTGRES_USER : "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
