package org.b2b.customers.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of a test's own, migrated only up to the newest migration before a given one, so that the test can
 * store rows as an installation of that time held them and see what the later migrations make of them: an H2 file
 * in a directory the test owns, or a PostgreSQL schema dropped afterwards.
 */
final class EarlierSchema {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** What a test does with the database, which stands at the earlier schema when it starts. */
    interface Use {
        void with(DatabaseConfig config) throws SQLException;
    }

    private EarlierSchema() {}

    static void onH2(Path directory, String before, Use use) throws SQLException {
        DatabaseConfig config = DatabaseConfig.of("jdbc:h2:file:" + directory.resolve("customers") + H2_OPTIONS, null,
                null);
        migrateBefore(config, before);
        use.with(config);
    }

    static void onPostgres(String before, Use use) throws SQLException {
        LocalPostgres.skipReason().ifPresent(Assumptions::abort);
        String schema = "before_v" + before + "_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        execute("create schema " + schema);
        try {
            DatabaseConfig config = DatabaseConfig.of(LocalPostgres.URL + "?currentSchema=" + schema,
                    LocalPostgres.USER, null);
            migrateBefore(config, before);
            use.with(config);
        } finally {
            execute("drop schema " + schema + " cascade");
        }
    }

    /** Up to the newest migration before the given one, whichever other migrations have joined since. */
    private static void migrateBefore(DatabaseConfig config, String before) {
        var flyway = Flyway.configure().dataSource(config.url(), config.user(), config.password())
                .locations("classpath:db/migration", "classpath:org/b2b/customers/persistence/migration");
        MigrationVersion limit = MigrationVersion.fromVersion(before);
        MigrationVersion target = Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(limit) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway.target(target).load().migrate();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(LocalPostgres.URL, LocalPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
