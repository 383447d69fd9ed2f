package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.b2b.customers.web.RequestRefused;

/**
 * Optimistic locking over HTTP: an editable resource's {@code version} goes out as its strong {@code ETag}
 * ({@code "3"}), and comes back in {@code If-Match} as the version a change expects; {@code *} expects none.
 */
final class Versions {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"([0-9]{1,18})\"|([0-9]{1,18})");

    private Versions() {}

    static void tag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    /** The version the request's {@code If-Match} expects; a header that is no ETag of ours is a 400. */
    static OptionalLong expected(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw RequestRefused.badRequest("request.invalid_if_match", "If-Match",
                    "must be an ETag this API sent, such as \"3\"");
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }
}
