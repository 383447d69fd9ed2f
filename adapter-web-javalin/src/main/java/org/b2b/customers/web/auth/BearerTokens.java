package org.b2b.customers.web.auth;

import io.javalin.http.Context;
import java.util.Locale;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.user.ResolveAccessTokenUseCase;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;

/** Reads {@code Authorization: Bearer <token>} and tells who acts; anything else is refused as unauthenticated. */
public final class BearerTokens {

    private static final String SCHEME = "bearer ";

    private final ResolveAccessTokenUseCase tokens;

    public BearerTokens(ResolveAccessTokenUseCase tokens) {
        this.tokens = tokens;
    }

    /** The user the request's bearer token lets act. */
    public Actor actorOf(Context ctx) {
        String token = tokenOf(ctx);
        try {
            return tokens.resolve(token);
        } catch (DomainException e) {
            challenge(ctx);
            throw e;
        }
    }

    /** The bearer token the request carries; a request without one is refused. */
    public static String tokenOf(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= SCHEME.length()
                || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            challenge(ctx);
            throw DomainException.unauthenticated(UserErrorCode.AUTH_TOKEN_MISSING,
                    "This needs Authorization: Bearer <token>; get a token from POST /api/v1/auth/token.");
        }
        return header.substring(SCHEME.length()).strip();
    }

    /** RFC 6750: a 401 tells the client which scheme to use. */
    public static void challenge(Context ctx) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"api\"");
    }
}
