package org.b2b.customers.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.b2b.customers.web.ApiClient;
import org.b2b.customers.web.Exchanges;

/**
 * The server started as {@link Main} starts it, from {@code CM_*} variables: on a given database, sending mail to
 * an SMTP server on this machine, its registration key in a directory of the test's; with an HTTP client for it.
 */
final class StartedServer implements AutoCloseable {

    static final String ADMIN_EMAIL = "owner@seller.example";
    static final String ADMIN_PASSWORD = "the owner's long password";
    /** Deliberately not the server's own address: links must come from the configuration, never from a request. */
    static final String PUBLIC_URL = "https://portal.seller.example";

    private final Server server;
    private final ApiClient api;

    private StartedServer(Server server, Exchanges exchanges) {
        this.server = server;
        this.api = new ApiClient(server.port(), exchanges);
    }

    /** Starts a server; its client records every exchange in {@code exchanges}, to be checked against the document. */
    static StartedServer start(ServerDatabase database, int smtpPort, Path data, Exchanges exchanges) {
        return start(database, smtpPort, data, exchanges, Map.of());
    }

    /** As above, with more {@code CM_*} variables, such as the registration key that servers of one installation share. */
    static StartedServer start(ServerDatabase database, int smtpPort, Path data, Exchanges exchanges,
            Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("CM_HTTP_PORT", "0");
        environment.put("CM_PUBLIC_URL", PUBLIC_URL);
        environment.put("CM_SMTP_HOST", "127.0.0.1");
        environment.put("CM_SMTP_PORT", String.valueOf(smtpPort));
        environment.put("CM_MAIL_FROM", "customers@seller.example");
        environment.put("CM_ADMIN_EMAIL", ADMIN_EMAIL);
        environment.put("CM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.putAll(more);
        return new StartedServer(Server.start(Configuration.from(environment), data.resolve("registration.key")),
                exchanges);
    }

    ApiClient api() {
        return api;
    }

    List<String> endpoints() {
        return server.endpoints();
    }

    @Override
    public void close() {
        server.close();
    }
}
