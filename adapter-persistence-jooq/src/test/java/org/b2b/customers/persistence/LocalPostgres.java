package org.b2b.customers.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL the tests use, at 127.0.0.1:5432 (database {@code test}, user {@code postgres}). When it cannot be
 * reached its suite is skipped with a message saying so, unless CI ({@code CI=true}) or {@code -Dcm.require.postgres=true}
 * demands it: then the suite fails.
 */
public final class LocalPostgres {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String USER = "postgres";

    private static Optional<String> unreachable;

    private LocalPostgres() {}

    /** Why the suite is skipped, or empty when PostgreSQL is there; fails when it is required and missing. */
    public static synchronized Optional<String> skipReason() {
        if (unreachable == null) {
            unreachable = probe();
            unreachable.ifPresent(reason -> System.err.println("*** The PostgreSQL suite is SKIPPED: " + reason));
        }
        if (unreachable.isPresent()
                && ("true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("cm.require.postgres"))) {
            throw new IllegalStateException("PostgreSQL is required here (CI=true or cm.require.postgres=true) but "
                    + unreachable.get());
        }
        return unreachable.map(reason -> "PostgreSQL suite skipped: " + reason);
    }

    private static Optional<String> probe() {
        try (Connection connection = DriverManager.getConnection(URL + "?connectTimeout=10&loginTimeout=10", USER, "")) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL at " + URL + " as " + USER + " (" + e.getMessage() + ")");
        }
    }
}
