package org.b2b.customers.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.b2b.customers.persistence.DatabaseConfig;

/**
 * One database a benchmark runs on: an H2 file in a directory of its own, or a schema of its own on PostgreSQL
 * (by default the test server at 127.0.0.1:5432, database {@code test}, user {@code postgres}; {@code BENCH_PG_URL},
 * {@code BENCH_PG_USER} and {@code BENCH_PG_PASSWORD} point elsewhere).
 */
final class BenchDatabase {

    static final String H2 = "h2";
    static final String POSTGRES = "postgres";

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final String kind;
    private final Path h2Directory;
    private final String schema;

    private BenchDatabase(String kind, Path h2Directory, String schema) {
        this.kind = kind;
        this.h2Directory = h2Directory;
        this.schema = schema;
    }

    /** The database of {@code kind} ({@value #H2} or {@value #POSTGRES}) that one benchmark, by its name, owns. */
    static BenchDatabase of(String kind, String name) {
        return switch (kind) {
            case H2 -> new BenchDatabase(H2, Workspace.directory().resolve(name + "-h2"), null);
            case POSTGRES -> new BenchDatabase(POSTGRES, null, "bench_" + name);
            default -> throw new IllegalArgumentException("no database " + kind + "; h2 or postgres");
        };
    }

    /** Why PostgreSQL cannot be used, or empty when it answers. */
    static Optional<String> postgresUnreachable() {
        try (Connection connection = DriverManager.getConnection(postgresUrl() + "?connectTimeout=3", postgresUser(),
                postgresPassword())) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL at " + postgresUrl() + " (" + e.getMessage() + ")");
        }
    }

    String kind() {
        return kind;
    }

    /** The name the tables show. */
    String title() {
        return title(kind);
    }

    static String title(String kind) {
        return POSTGRES.equals(kind) ? "PostgreSQL" : "H2 (file)";
    }

    boolean isPostgres() {
        return POSTGRES.equals(kind);
    }

    DatabaseConfig config() {
        return isPostgres()
                ? DatabaseConfig.of(postgresUrl() + "?currentSchema=" + schema, postgresUser(), postgresPassword())
                : DatabaseConfig.of("jdbc:h2:file:" + h2Directory.resolve("customers") + H2_OPTIONS, null, null);
    }

    /** The same database for plain JDBC, through a pool like the one the persistence adapter uses. */
    HikariDataSource rawPool() {
        return rawPool(UnaryOperator.identity());
    }

    /** {@link #rawPool()}, the pool taking its connections through {@code connections}, which may count them. */
    HikariDataSource rawPool(UnaryOperator<DataSource> connections) {
        DatabaseConfig config = config();
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("raw-jdbc");
        hikari.setDataSource(connections.apply(new DriverDataSource(config.url(), null, new Properties(),
                config.user(), config.password())));
        hikari.setMaximumPoolSize(config.poolSize());
        return new HikariDataSource(hikari);
    }

    /** A connection for bulk loading: on PostgreSQL its batches of inserts are sent as multi-row inserts. */
    Connection bulkConnection() throws SQLException {
        DatabaseConfig config = config();
        String url = isPostgres() ? config.url() + "&reWriteBatchedInserts=true" : config.url();
        return DriverManager.getConnection(url, config.user(), config.password());
    }

    /** Throws everything away, leaving an empty place for the migrations. */
    void reset() {
        if (isPostgres()) {
            executeOnServer("drop schema if exists " + schema + " cascade");
            executeOnServer("create schema " + schema);
            return;
        }
        if (Files.exists(h2Directory)) {
            try (Stream<Path> files = Files.walk(h2Directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(BenchDatabase::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Makes sure there is a place for the migrations, keeping what is there. */
    void keep() {
        if (isPostgres()) {
            executeOnServer("create schema if not exists " + schema);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void executeOnServer(String sql) {
        try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String postgresUrl() {
        return environment("BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    private static String postgresUser() {
        return environment("BENCH_PG_USER", "postgres");
    }

    private static String postgresPassword() {
        return environment("BENCH_PG_PASSWORD", "");
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
