package org.b2b.customers.web.api;

import io.javalin.http.HandlerType;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.web.auth.BearerTokens;

/**
 * Registration links, for someone with no login yet: the token is the key. Opening a link never uses it up;
 * an expired, revoked or used link answers 410 Gone, an unknown one 404. An invited address that has an account
 * already accepts with that account's bearer token in {@code Authorization}, never with a password in the body.
 */
final class RegistrationRoutes {

    private final UserUseCases users;
    private final InvitationUseCases invitations;
    private final JsonBodies bodies;

    private final BearerTokens bearerTokens;

    RegistrationRoutes(UserUseCases users, InvitationUseCases invitations, JsonBodies bodies) {
        this.users = users;
        this.invitations = invitations;
        this.bodies = bodies;
        this.bearerTokens = new BearerTokens(users.resolveToken());
    }

    void addTo(ApiRoutes routes) {
        routes.open(HandlerType.GET, "/registrations/{token}", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.json(invitations.viewRegistration().view(ctx.pathParam("token")));
        });
        routes.open(HandlerType.POST, "/registrations", ctx -> {
            NewRegistration body = bodies.read(ctx, NewRegistration.class);
            Registration registration = ctx.header("Authorization") != null
                    ? invitations.acceptAsAccount().acceptAs(body.token(), bearerTokens.actorOf(ctx).userId())
                    : invitations.register().register(
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
