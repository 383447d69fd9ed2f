package org.b2b.customers.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.web.backoffice.BackOffice;
import org.b2b.customers.web.api.ApiRoute;
import org.b2b.customers.web.api.ApiRoutes;
import org.b2b.customers.web.page.RegistrationPages;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server: health probes, the JSON API and the HTML pages, with request limits and problem responses set
 * once for every route.
 */
public final class WebServer {

    /** Request bodies above this are refused before they are read; uploads have a limit of their own. */
    public static final long MAX_REQUEST_BYTES = 2 * 1024 * 1024;
    /** Uploaded files above this are refused while the form is read: the largest file a use case takes. */
    public static final long MAX_UPLOAD_BYTES = ImportInvitationsCommand.MAX_BYTES;
    /** A form with a file: the file, and room for its part headers and the form's other fields. */
    static final long MAX_FORM_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
    /**
     * How long a stop waits for the requests in flight. Jetty's default is to wait for none: it would cut off a
     * request whose work is done and committed, so that its client never learns the outcome. Well inside the 30 s
     * that service managers commonly give a process between SIGTERM and SIGKILL.
     */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Javalin app;

    /** A server for these use cases; failed sign-ins count against the client the proxies name. */
    public WebServer(Health health, CustomerManagement useCases, TrustedProxies proxies) {
        this(health, useCases, proxies, STOP_TIMEOUT);
    }

    /**
     * As {@link #WebServer(Health, CustomerManagement, TrustedProxies)}, with the longest a stop waits for the requests in
     * flight; zero stops at once and cuts them off. Besides, a stop that waits lets idle kept-alive connections
     * linger for a second before it closes them.
     */
    public WebServer(Health health, CustomerManagement useCases, TrustedProxies proxies, Duration stopTimeout) {
        this(health, useCases, proxies, stopTimeout, null);
    }

    /**
     * As {@link #WebServer(Health, CustomerManagement, TrustedProxies, Duration)}, behind the public address people
     * reach the server at: when it is https, every answer tells browsers to use https only.
     */
    public WebServer(Health health, CustomerManagement useCases, TrustedProxies proxies, Duration stopTimeout,
            URI publicUrl) {
        ObjectMapper mapper = JsonMapping.create();
        ResponseHeaders headers = new ResponseHeaders(publicUrl);
        List<ApiRoute> apiRoutes = ApiRoutes.of(useCases, mapper, proxies);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_FORM_BYTES, SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(mapper, false));
            JettyProblems jettyProblems = new JettyProblems(mapper, headers);
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(jettyProblems);
                server.setStopTimeout(stopTimeout.toMillis());
                server.insertHandler(new GracefulHandler());
                server.insertHandler(headers);
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyProblems));
            Problems.install(config);
            config.routes.beforeMatched(QueryStrings::check);
            RegistrationPages.install(config, useCases.invitations(), useCases.users(), proxies);
            BackOffice.install(config, useCases, proxies, publicUrl);
            config.routes.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")));
            config.routes.get("/health/ready", ctx -> {
                boolean ready = health.ready().getAsBoolean();
                ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "UP" : "DOWN"));
            });
            apiRoutes.forEach(route -> config.routes.addHttpHandler(route.method(), route.path(), route.handler()));
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

    /**
     * Every endpoint the server registered, as {@code METHOD path}: what the OpenAPI document must describe, and
     * what the bad-input tests attack.
     */
    public List<String> registeredEndpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }
}
