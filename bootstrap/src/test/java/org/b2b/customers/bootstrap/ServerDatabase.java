package org.b2b.customers.bootstrap;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.persistence.LocalPostgres;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a started server keeps its data in, as {@code CM_DB_*} variables: an H2 file, or a schema of its
 * own on the local PostgreSQL, created here and dropped on close. A server started again on it finds its data.
 */
final class ServerDatabase implements AutoCloseable {

    private final Map<String, String> environment;
    private final String schema;

    private ServerDatabase(Map<String, String> environment, String schema) {
        this.environment = environment;
        this.schema = schema;
    }

    static ServerDatabase h2(Path file) {
        return new ServerDatabase(Map.of("CM_DB_URL", "jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"), null);
    }

    /** An H2 file that a test can open too while a server process has it: H2's automatic mixed mode. */
    static ServerDatabase h2SharedWithTheTest(Path file) {
        return new ServerDatabase(Map.of("CM_DB_URL", "jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"), null);
    }

    /** A fresh schema; skips the test where PostgreSQL is missing, and fails instead on CI. */
    static ServerDatabase postgres() {
        LocalPostgres.skipReason().ifPresent(Assumptions::abort);
        String schema = "e2e_" + UUID.randomUUID().toString().substring(0, 8);
        execute("create schema " + schema);
        return new ServerDatabase(Map.of("CM_DB_URL", LocalPostgres.URL + "?currentSchema=" + schema,
                "CM_DB_USER", LocalPostgres.USER), schema);
    }

    Map<String, String> environment() {
        return environment;
    }

    /** A connection of the test's own to the server's database, as an operator's SQL console would have. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(environment.get("CM_DB_URL"),
                environment.getOrDefault("CM_DB_USER", "sa"), "");
    }

    @Override
    public void close() {
        if (schema != null) {
            execute("drop schema " + schema + " cascade");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(LocalPostgres.URL, LocalPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
