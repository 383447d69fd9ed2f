package org.b2b.customers.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.domain.invitation.InvitationTtl;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.TrustedProxies;

/**
 * The server's settings, read from {@code CM_*} environment variables and nothing else. Every wrong variable is
 * reported at once, by name, so that a deployer fixes them in one round.
 */
public record Configuration(
        int httpPort,
        String dbUrl,
        Optional<String> dbUser,
        Optional<String> dbPassword,
        URI publicUrl,
        Optional<Smtp> smtp,
        String mailFrom,
        Optional<String> adminEmail,
        Optional<String> adminPassword,
        boolean demoData,
        InvitationTtl invitationTtl,
        Optional<String> registrationKey,
        Duration tokenIdleTimeout, TrustedProxies trustedProxies) {

    public static final String DEFAULT_DB_URL =
            "jdbc:h2:file:./data/customers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The outgoing mail server. */
    public record Smtp(String host, int port, Optional<String> user, Optional<String> password, boolean startTls) {

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + user.map(u -> ", user " + u).orElse("") + "]";
        }
    }

    /** Reads the configuration, or fails with one message that names every wrong variable. */
    public static Configuration from(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = integer(env, "CM_HTTP_PORT", 7070, 0, 65535, problems);
        String dbUrl = text(env, "CM_DB_URL").orElse(DEFAULT_DB_URL);
        if (!dbUrl.startsWith("jdbc:h2:") && !dbUrl.startsWith("jdbc:postgresql:")) {
            problems.add("CM_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL");
        }
        URI publicUrl = text(env, "CM_PUBLIC_URL").map(u -> uri("CM_PUBLIC_URL", u, problems))
                .orElse(URI.create("http://localhost:" + (port == 0 ? 7070 : port)));
        Optional<Smtp> smtp = text(env, "CM_SMTP_HOST").map(host -> new Smtp(host,
                integer(env, "CM_SMTP_PORT", 25, 1, 65535, problems), text(env, "CM_SMTP_USER"),
                text(env, "CM_SMTP_PASSWORD"), bool(env, "CM_SMTP_STARTTLS", false, problems)));
        InvitationTtl ttl = InvitationTtl.DEFAULT;
        try {
            ttl = text(env, "CM_INVITATION_TTL").map(InvitationTtl::parse).orElse(InvitationTtl.DEFAULT);
        } catch (InvalidInputException e) {
            problems.add("CM_INVITATION_TTL " + e.errors().get(0).message());
        }
        Duration idleTimeout = tokenIdleTimeout(env, problems);
        TrustedProxies proxies = TrustedProxies.none();
        try {
            proxies = TrustedProxies.parse(text(env, "CM_TRUSTED_PROXIES").orElse(""));
        } catch (IllegalArgumentException e) {
            problems.add("CM_TRUSTED_PROXIES must list IP addresses or CIDR ranges, separated by commas: " + e.getMessage());
        }
        Configuration configuration = new Configuration(port, dbUrl, text(env, "CM_DB_USER"), text(env, "CM_DB_PASSWORD"),
                publicUrl, smtp, text(env, "CM_MAIL_FROM").orElse("no-reply@localhost"), text(env, "CM_ADMIN_EMAIL"),
                text(env, "CM_ADMIN_PASSWORD"), bool(env, "CM_DEMO_DATA", false, problems), ttl,
                text(env, "CM_REGISTRATION_KEY"), idleTimeout, proxies);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return configuration;
    }

    private static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max, List<String> problems) {
        Optional<String> value = text(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        problems.add(name + " must be a whole number from " + min + " to " + max + ", not '" + value.get() + "'");
        return fallback;
    }

    private static Duration tokenIdleTimeout(Map<String, String> env, List<String> problems) {
        Optional<String> value = text(env, "CM_TOKEN_IDLE_TIMEOUT");
        if (value.isEmpty()) {
            return Settings.DEFAULT_TOKEN_IDLE_TIMEOUT;
        }
        try {
            Duration parsed = Duration.parse(value.get());
            if (parsed.compareTo(Settings.MIN_TOKEN_IDLE_TIMEOUT) >= 0 && parsed.compareTo(Settings.MAX_TOKEN_IDLE_TIMEOUT) <= 0) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // reported below with the range
        }
        problems.add("CM_TOKEN_IDLE_TIMEOUT must be an ISO-8601 duration from PT1M to PT12H, such as PT30M, not '"
                + value.get() + "'");
        return Settings.DEFAULT_TOKEN_IDLE_TIMEOUT;
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback, List<String> problems) {
        Optional<String> value = text(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.get());
        }
        problems.add(name + " must be true or false, not '" + value.get() + "'");
        return fallback;
    }

    private static URI uri(String name, String value, List<String> problems) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(name + " must be an absolute http or https URL, not '" + value + "'");
        return URI.create("http://localhost:7070");
    }

    @Override
    public String toString() {
        return "Configuration[port=" + httpPort + ", db=" + dbUrl.replaceAll("password=[^;&]*", "password=…")
                + ", publicUrl=" + publicUrl + ", smtp=" + smtp.map(Smtp::host).orElse("(files under ./data/outbox)") + "]";
    }
}
