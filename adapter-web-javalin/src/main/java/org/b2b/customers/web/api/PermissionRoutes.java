package org.b2b.customers.web.api;

import org.b2b.customers.application.role.RoleUseCases;
import org.b2b.customers.application.access.AccessUseCases;
import org.b2b.customers.application.access.ExplainPermissionQuery;
import org.b2b.customers.application.access.PermissionExplanation;

/** Why a user may or may not do something, and the catalogue of permissions that roles are made of. */
final class PermissionRoutes {

    private final RoleUseCases roles;
    private final AccessUseCases access;

    PermissionRoutes(RoleUseCases roles, AccessUseCases access) {
        this.roles = roles;
        this.access = access;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/permissions", (ctx, actor) -> ctx.json(roles.permissions().catalogue(actor)));
        routes.get("/permissions/explain", (ctx, actor) -> {
            ExplainPermissionQuery query = new ExplainPermissionQuery(ctx.queryParam("userId"),
                    ctx.queryParam("policy"), QueryParams.text(ctx, "companyId"));
            ctx.json(ExplanationJson.of(access.explainPermission().explain(actor, query)));
        });
    }

    record ExplanationJson(boolean allowed, String role, String policy, String limitation, String reason) {

        static ExplanationJson of(PermissionExplanation explanation) {
            return new ExplanationJson(explanation.allowed(), explanation.role().orElse(null),
                    explanation.policy().orElse(null), explanation.limitation().orElse(null), explanation.reason());
        }
    }
}
