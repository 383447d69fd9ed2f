package org.b2b.customers.web.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.time.Instant;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.IssuedAccessToken;
import org.b2b.customers.web.TrustedProxies;
import org.b2b.customers.web.auth.BearerTokens;

/**
 * Logging in (a bearer token for an email and password) and out (the token used is revoked). Failed logins are
 * counted by the use case against the email and the client's address.
 */
final class AuthRoutes {

    private final UserUseCases users;
    private final JsonBodies bodies;
    private final TrustedProxies proxies;

    AuthRoutes(UserUseCases users, JsonBodies bodies, TrustedProxies proxies) {
        this.users = users;
        this.bodies = bodies;
        this.proxies = proxies;
    }

    void addTo(ApiRoutes routes) {
        routes.open(HandlerType.POST, "/auth/token", this::logIn);
        routes.delete("/auth/token", (ctx, actor) -> {
            users.revokeToken().revoke(BearerTokens.tokenOf(ctx));
            ctx.status(204);
        });
    }

    private void logIn(Context ctx) throws IOException {
        Credentials credentials = bodies.read(ctx, Credentials.class);
        IssuedAccessToken issued = users.issueToken().issue(
                new AuthenticateCommand(credentials.email(), credentials.password(), proxies.clientOf(ctx)));
        ctx.header("Cache-Control", "no-store");
        ctx.json(new TokenJson(issued.token(), issued.expiresAt()));
    }

    record Credentials(String email, String password) {

        @Override
        public String toString() {
            return "Credentials[" + email + ", …]";
        }
    }

    record TokenJson(String token, Instant expiresAt) {}
}
