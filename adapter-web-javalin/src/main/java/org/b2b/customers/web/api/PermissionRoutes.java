package org.b2b.customers.web.api;

import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.in.access.ExplainPermissionQuery;
import org.b2b.customers.application.port.in.access.PermissionExplanation;

/** Why a user may or may not do something, and the catalogue of permissions that roles are made of. */
final class PermissionRoutes {

    private final CustomerManagement useCases;

    PermissionRoutes(CustomerManagement useCases) {
        this.useCases = useCases;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/permissions", (ctx, actor) -> ctx.json(useCases.listPermissions().catalogue(actor)));
        routes.get("/permissions/explain", (ctx, actor) -> {
            ExplainPermissionQuery query = new ExplainPermissionQuery(ctx.queryParam("userId"),
                    ctx.queryParam("policy"), QueryParams.text(ctx, "companyId"));
            ctx.json(ExplanationJson.of(useCases.explainPermission().explain(actor, query)));
        });
    }

    record ExplanationJson(boolean allowed, String role, String policy, String limitation, String reason) {

        static ExplanationJson of(PermissionExplanation explanation) {
            return new ExplanationJson(explanation.allowed(), explanation.role().orElse(null),
                    explanation.policy().orElse(null), explanation.limitation().orElse(null), explanation.reason());
        }
    }
}
