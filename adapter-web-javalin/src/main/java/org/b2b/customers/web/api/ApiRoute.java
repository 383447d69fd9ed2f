package org.b2b.customers.web.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One endpoint of the API: its method, its path (Javalin's {@code {param}} syntax, which is also OpenAPI's), and
 * whether it takes a bearer token. The server registers exactly these, and the OpenAPI test reads the same table.
 */
public record ApiRoute(HandlerType method, String path, boolean authenticated, Handler handler) {

    public ApiRoute {
        requireNonNull(method);
        requireNonNull(path);
        requireNonNull(handler);
    }
}
