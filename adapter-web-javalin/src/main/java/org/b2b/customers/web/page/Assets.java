package org.b2b.customers.web.page;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The static files of the pages, served from the classpath: no CDN, so that pages work offline and leak nothing. */
final class Assets {

    static final String DIRECTORY = "/assets/";
    static final String STYLESHEET = DIRECTORY + "portal.css";

    private Assets() {}

    static void install(JavalinConfig config) {
        byte[] stylesheet = read("portal.css");
        config.routes.get(STYLESHEET, ctx -> ctx
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "public, max-age=3600")
                .contentType("text/css; charset=utf-8")
                .result(stylesheet));
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the asset " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
