package org.b2b.customers.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.web.page.RegistrationPages;

/**
 * The HTTP server: health probes, the JSON API and the HTML pages, with request limits and problem responses set
 * once for every route.
 */
public final class WebServer {

    /** Request bodies above this are refused before they are read. */
    public static final long MAX_REQUEST_BYTES = 2 * 1024 * 1024;

    private final Javalin app;

    public WebServer(Health health, CustomerManagement useCases) {
        ObjectMapper mapper = JsonMapping.create();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jsonMapper(new JavalinJackson(mapper, false));
            Problems.install(config);
            RegistrationPages.install(config, useCases);
            config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
            config.routes.get("/health/ready", ctx -> {
                boolean ready = health.ready().getAsBoolean();
                ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "UP" : "DOWN"));
            });
        });
    }

    /** Starts listening; port 0 picks a free port. Answers the port in use. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    /** Stops taking requests, lets those in flight finish, and stops. */
    public void stop() {
        app.stop();
    }
}
