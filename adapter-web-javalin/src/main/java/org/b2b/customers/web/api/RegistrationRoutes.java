package org.b2b.customers.web.api;

import io.javalin.http.HandlerType;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.in.invitation.RegisterCommand;
import org.b2b.customers.application.port.in.invitation.Registration;
import org.b2b.customers.web.Problems;
import org.b2b.customers.web.auth.BearerTokens;

/**
 * Registration links, for someone with no login yet: the token is the key. Opening a link never uses it up;
 * an expired, revoked or used link answers 410 Gone, an unknown one 404. An invited address that has an account
 * already accepts with that account's bearer token in {@code Authorization}, never with a password in the body.
 */
final class RegistrationRoutes {

    private final CustomerManagement useCases;
    private final JsonBodies bodies;

    private final BearerTokens bearerTokens;

    RegistrationRoutes(CustomerManagement useCases, JsonBodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
        this.bearerTokens = new BearerTokens(useCases.resolveAccessToken());
    }

    void addTo(ApiRoutes routes) {
        routes.open(HandlerType.GET, "/registrations/{token}", ctx -> {
            Problems.answerDeadLinksAsGone(ctx);
            ctx.header("Cache-Control", "no-store");
            ctx.json(useCases.viewRegistration().view(ctx.pathParam("token")));
        });
        routes.open(HandlerType.POST, "/registrations", ctx -> {
            Problems.answerDeadLinksAsGone(ctx);
            NewRegistration body = bodies.read(ctx, NewRegistration.class);
            Registration registration = ctx.header("Authorization") != null
                    ? useCases.acceptAsAccount().acceptAs(body.token(), bearerTokens.actorOf(ctx).userId())
                    : useCases.register().register(
                            new RegisterCommand(body.token(), body.firstName(), body.lastName(), body.password()));
            ctx.status(201).json(new RegistrationJson(registration.userId().toString(),
                    registration.memberId().toString(), registration.companyId().toString()));
        });
    }

    record NewRegistration(String token, String firstName, String lastName, String password) {

        @Override
        public String toString() {
            return "NewRegistration[…, " + firstName + " " + lastName + ", …]";
        }
    }

    record RegistrationJson(String userId, String memberId, String companyId) {}
}
