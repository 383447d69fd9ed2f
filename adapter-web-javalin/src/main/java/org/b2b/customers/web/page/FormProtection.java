package org.b2b.customers.web.page;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.b2b.customers.web.TrustedProxies;

/**
 * Keeps other sites from submitting our forms in a visitor's browser. A form carries a random token that the
 * browser also holds in a strictly same-site, script-proof cookie scoped to the form's own path (so to one
 * registration link); a submission must return both, equal, and, when the browser names where it comes from
 * (Origin, Referer), come from this host. This needs no server-side state and no key, so it works across
 * restarts and several servers.
 */
final class FormProtection {

    static final String FIELD = "formToken";

    private static final String COOKIE = "cm_form";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final TrustedProxies proxies;
    private final SameOrigin origin;

    FormProtection(TrustedProxies proxies) {
        this.proxies = proxies;
        this.origin = new SameOrigin(proxies);
    }

    /** The token for a form shown now: the one this browser holds for the page already, or a new one. */
    String issue(Context ctx) {
        String token = Optional.ofNullable(ctx.cookie(COOKIE)).filter(t -> TOKEN.matcher(t).matches())
                .orElseGet(this::newToken);
        ctx.cookie(cookie(ctx, token, -1));
        return token;
    }

    /** Whether a submitted form, which sent this token, comes from a page of ours, in this browser. */
    boolean accepts(Context ctx, String sent) {
        String held = ctx.cookie(COOKIE);
        return held != null && sent != null
                && MessageDigest.isEqual(held.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))
                && origin.accepts(ctx);
    }

    /** Drops the token once its form has done its work. */
    void forget(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Cookie cookie(Context ctx, String value, int maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || proxies.forwarded(ctx, "X-Forwarded-Proto").filter("https"::equalsIgnoreCase).isPresent();
        return new Cookie(COOKIE, value, ctx.path(), maxAge, https, true, null, SameSite.STRICT);
    }
}
