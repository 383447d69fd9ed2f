package org.b2b.customers.persistence;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.jooq.SQLDialect;

/** Which database to use: a JDBC URL that picks H2 or PostgreSQL, its credentials, and the connection pool size. */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

    /** An H2 file under {@code ./data/}, in the mode that makes it accept the PostgreSQL migrations. */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/customers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** Enough for two cores; more connections would only queue inside the database. */
    public static final int DEFAULT_POOL_SIZE = 8;

    public DatabaseConfig {
        requireNonNull(url, "url");
        user = user == null || user.isBlank() ? (url.startsWith("jdbc:h2:") ? "sa" : "") : user;
        password = password == null ? "" : password;
        if (poolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database URL must start with jdbc:h2: or jdbc:postgresql:");
        }
    }

    public static DatabaseConfig of(String url, String user, String password) {
        return new DatabaseConfig(url, user, password, DEFAULT_POOL_SIZE);
    }

    /** The embedded H2 file database that needs no set-up. */
    public static DatabaseConfig h2File() {
        return of(DEFAULT_URL, null, null);
    }

    /** From {@code CM_DB_URL}, {@code CM_DB_USER} and {@code CM_DB_PASSWORD}; the H2 file when no URL is given. */
    public static DatabaseConfig fromEnvironment(Map<String, String> environment) {
        String url = environment.get("CM_DB_URL");
        return of(url == null || url.isBlank() ? DEFAULT_URL : url.strip(), environment.get("CM_DB_USER"),
                environment.get("CM_DB_PASSWORD"));
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    SQLDialect dialect() {
        return isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + url + ", user " + user + ", pool " + poolSize + "]";
    }
}
