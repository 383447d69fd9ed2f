package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.in.role.CreateRoleCommand;
import org.b2b.customers.application.port.in.role.PolicyInput;
import org.b2b.customers.application.port.in.role.PolicyView;
import org.b2b.customers.application.port.in.role.RoleView;
import org.b2b.customers.application.port.in.role.UpdateRoleCommand;

/** Roles and their policies: listing, reading, defining and changing them. */
final class RoleRoutes {

    private final CustomerManagement useCases;
    private final JsonBodies bodies;

    RoleRoutes(CustomerManagement useCases, JsonBodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/roles", (ctx, actor) -> Paging.respondWhole(ctx, useCases.listRoles().list(actor), RoleJson::of));
        routes.post("/roles", (ctx, actor) -> {
            NewRole body = bodies.read(ctx, NewRole.class);
            respond(ctx.status(201), useCases.createRole().create(actor, new CreateRoleCommand(body.identifier(),
                    body.name(), body.audience(), policies(body.policies()))));
        });
        routes.get("/roles/{identifier}", (ctx, actor) -> respond(ctx, useCases.getRole().get(actor, PathIds.role(ctx))));
        routes.put("/roles/{identifier}", (ctx, actor) -> {
            RoleChange body = bodies.read(ctx, RoleChange.class);
            respond(ctx, useCases.updateRole().update(actor, new UpdateRoleCommand(PathIds.role(ctx), body.name(),
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
