package org.b2b.customers.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI 3 document, maintained beside the code ({@code openapi.json} in this package's
 * resources) and kept true by a test that compares its paths and methods with the routes this server registers.
 */
final class OpenApiRoute {

    static final String RESOURCE = "openapi.json";

    private final byte[] document;

    OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void addTo(ApiRoutes routes) {
        routes.get("/openapi.json", (ctx, actor) -> ctx.contentType("application/json").result(document));
    }
}
