package org.b2b.customers.web.page;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The static files of the pages, served from the classpath: no CDN, so that pages work offline and leak nothing.
 * Each name carries a hash of the content, so browsers may keep a file for a year and still never use an old one.
 */
public final class Assets {

    static final String DIRECTORY = "/assets/";

    private static final Asset STYLESHEET = Asset.of("app", "css", "text/css; charset=utf-8");
    private static final Asset SCRIPT = Asset.of("app", "js", "text/javascript; charset=utf-8");

    private Assets() {}

    /** The address of the one stylesheet, for the layouts. */
    public static String stylesheet() {
        return STYLESHEET.path();
    }

    /** The address of the one script, which only makes pages nicer: every page works without it. */
    public static String script() {
        return SCRIPT.path();
    }

    static void install(JavalinConfig config) {
        for (Asset asset : new Asset[] {STYLESHEET, SCRIPT}) {
            config.routes.get(asset.path(), ctx -> ctx
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .contentType(asset.contentType())
                    .result(asset.content()));
        }
    }

    private record Asset(String path, String contentType, byte[] content) {

        static Asset of(String name, String extension, String contentType) {
            byte[] content = read(name + "." + extension);
            return new Asset(DIRECTORY + name + "-" + hashOf(content) + "." + extension, contentType, content);
        }

        private static String hashOf(byte[] content) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
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
}
