package org.b2b.customers.web.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.time.Instant;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.in.user.AuthenticateCommand;
import org.b2b.customers.application.port.in.user.IssuedAccessToken;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.web.auth.BearerTokens;
import org.b2b.customers.web.auth.LoginThrottle;

/** Logging in (a bearer token for an email and password) and out (the token used is revoked). */
final class AuthRoutes {

    private final CustomerManagement useCases;
    private final JsonBodies bodies;
    private final LoginThrottle throttle;

    AuthRoutes(CustomerManagement useCases, JsonBodies bodies, LoginThrottle throttle) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.throttle = throttle;
    }

    void addTo(ApiRoutes routes) {
        routes.open(HandlerType.POST, "/auth/token", this::logIn);
        routes.delete("/auth/token", (ctx, actor) -> {
            useCases.revokeAccessToken().revoke(BearerTokens.tokenOf(ctx));
            ctx.status(204);
        });
    }

    private void logIn(Context ctx) throws IOException {
        Credentials credentials = bodies.read(ctx, Credentials.class);
        throttle.check(credentials.email());
        IssuedAccessToken issued;
        try {
            issued = useCases.issueAccessToken().issue(new AuthenticateCommand(credentials.email(), credentials.password()));
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.UNAUTHENTICATED) {
                throttle.failed(credentials.email());
            }
            throw e;
        }
        throttle.succeeded(credentials.email());
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
