package org.b2b.customers.web.api;

import java.util.List;
import org.b2b.customers.application.user.UserUseCases;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserView;

/** The acting user ({@code /me}), and the users staff manage: listing, the pool, creating. */
final class UserRoutes {

    private final UserUseCases users;
    private final JsonBodies bodies;

    UserRoutes(UserUseCases users, JsonBodies bodies) {
        this.users = users;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/me", (ctx, actor) -> ctx.json(MeJson.of(users.currentUser().me(actor))));
        routes.get("/users", (ctx, actor) -> {
            ListUsersQuery query = new ListUsersQuery(QueryParams.text(ctx, "q"), QueryParams.text(ctx, "type"),
                    QueryParams.text(ctx, "role"), QueryParams.flag(ctx, "unassigned"), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> users.list().list(actor, query), UserJson::of);
        });
        routes.post("/users", (ctx, actor) -> {
            NewUser body = bodies.read(ctx, NewUser.class);
            UserView created = users.create().create(actor, new CreateUserCommand(body.email(),
                    body.firstName(), body.lastName(), body.phone(), body.type(), body.roles(), body.password()));
            ctx.status(201).json(UserJson.of(created));
        });
    }

    record NewUser(
            String email, String firstName, String lastName, String phone, String type, List<String> roles,
            String password) {

        @Override
        public String toString() {
            return "NewUser[" + email + ", " + type + ", " + roles + ", …]";
        }
    }

    record UserJson(
            String id, String email, String firstName, String lastName, String phone, String type, List<String> roles,
            String companyId) {

        /** A user shown by name only has null email and roles, not an empty list that would say "no roles". */
        static UserJson of(UserView view) {
            return new UserJson(view.id().toString(), view.email(), view.firstName(), view.lastName(),
                    view.phone().orElse(null), view.type().name(), view.nameOnly() ? null : view.roles(),
                    view.companyId().map(Object::toString).orElse(null));
        }
    }

    record MeJson(
            String userId, String email, String firstName, String lastName, String type, List<String> roles,
            String companyId) {

        static MeJson of(UserView view) {
            return new MeJson(view.id().toString(), view.email(), view.firstName(), view.lastName(), view.type().name(),
                    view.roles(), view.companyId().map(Object::toString).orElse(null));
        }
    }
}
