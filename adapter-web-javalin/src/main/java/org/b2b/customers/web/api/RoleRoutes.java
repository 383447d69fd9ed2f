package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.role.RoleUseCases;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.role.PolicyInput;
import org.b2b.customers.application.role.PolicyView;
import org.b2b.customers.application.role.RoleView;
import org.b2b.customers.application.role.UpdateRoleCommand;

/** Roles and their policies: listing, reading, defining and changing them. */
final class RoleRoutes {

    private final RoleUseCases roles;
    private final JsonBodies bodies;

    RoleRoutes(RoleUseCases roles, JsonBodies bodies) {
        this.roles = roles;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/roles", (ctx, actor) -> Paging.respondWhole(ctx, roles.list().list(actor), RoleJson::of));
        routes.post("/roles", (ctx, actor) -> {
            NewRole body = bodies.read(ctx, NewRole.class);
            respond(ctx.status(201), roles.create().create(actor, new CreateRoleCommand(body.identifier(),
                    body.name(), body.audience(), policies(body.policies()))));
        });
        routes.get("/roles/{identifier}", (ctx, actor) -> respond(ctx, roles.get().get(actor, PathIds.role(ctx))));
        routes.put("/roles/{identifier}", (ctx, actor) -> {
            RoleChange body = bodies.read(ctx, RoleChange.class);
            respond(ctx, roles.update().update(actor, new UpdateRoleCommand(PathIds.role(ctx), body.name(),
                    policies(body.policies()), Versions.expected(ctx), Boolean.TRUE.equals(body.confirmed()))));
        });
    }

    private static void respond(Context ctx, RoleView role) {
        Versions.tag(ctx, role.version());
        ctx.json(RoleJson.of(role));
    }

    /** Null entries stay, so that the use case names them ({@code policies[2]}) rather than this code skipping them. */
    private static List<PolicyInput> policies(List<Policy> policies) {
        return policies == null ? null : new ArrayList<>(policies.stream()
                .map(p -> p == null ? null : new PolicyInput(p.module(), p.function(), p.limitations())).toList());
    }

    record Policy(String module, String function, List<String> limitations) {}

    record NewRole(String identifier, String name, String audience, List<Policy> policies) {}

    /**
     * A role's new name and whole set of policies. {@code confirmed} acknowledges a change that takes from
     * {@code corporate_access} what the Customer Portal needs.
     */
    record RoleChange(String name, List<Policy> policies, Boolean confirmed) {}

    record RoleJson(
            String identifier, String name, String audience, boolean builtIn, List<PolicyView> policies, long version) {

        static RoleJson of(RoleView view) {
            return new RoleJson(view.identifier(), view.name(), view.audience().name(), view.builtIn(), view.policies(),
                    view.version());
        }
    }
}
