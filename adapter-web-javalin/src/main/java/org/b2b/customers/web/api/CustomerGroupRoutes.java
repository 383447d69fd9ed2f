package org.b2b.customers.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Optional;
import org.b2b.customers.application.group.CustomerGroupUseCases;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.group.UpdateCustomerGroupCommand;
import org.b2b.customers.web.RequestRefused;

/** Customer groups: listing, reading one with its {@code ETag}, creating, renaming and changing the price rate. */
final class CustomerGroupRoutes {

    private static final String RATE = "globalPriceRate";

    private final CustomerGroupUseCases customerGroups;
    private final JsonBodies bodies;

    CustomerGroupRoutes(CustomerGroupUseCases customerGroups, JsonBodies bodies) {
        this.customerGroups = customerGroups;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/customer-groups", (ctx, actor) ->
                Paging.respondWhole(ctx, customerGroups.list().list(actor), CustomerGroupJson::of));
        routes.post("/customer-groups", (ctx, actor) -> {
            NewGroup body = bodies.read(ctx, NewGroup.class);
            respond(ctx.status(201), customerGroups.create().create(actor,
                    new CreateCustomerGroupCommand(body.identifier(), body.name(), decimalText(body.globalPriceRate()))));
        });
        routes.get("/customer-groups/{id}", (ctx, actor) ->
                respond(ctx, customerGroups.get().get(actor, PathIds.customerGroup(ctx))));
        routes.patch("/customer-groups/{id}", (ctx, actor) -> {
            GroupChange body = bodies.read(ctx, GroupChange.class);
            respond(ctx, customerGroups.update().update(actor, new UpdateCustomerGroupCommand(
                    PathIds.customerGroup(ctx), Optional.ofNullable(body.name()),
                    Optional.ofNullable(decimalText(body.globalPriceRate())), Versions.expected(ctx))));
        });
    }

    private static void respond(Context ctx, CustomerGroupView group) {
        Versions.tag(ctx, group.version());
        ctx.json(CustomerGroupJson.of(group));
    }

    /** A percentage may come as a JSON number or as a decimal string; either reaches the use case as text. */
    private static String decimalText(JsonNode rate) {
        if (rate == null || rate.isNull()) {
            return null;
        }
        if (rate.isTextual()) {
            return rate.textValue();
        }
        if (rate.isNumber()) {
            return rate.decimalValue().toPlainString();
        }
        throw RequestRefused.badRequest("request.malformed", RATE, "must be a number or a decimal string");
    }

    record NewGroup(String identifier, String name, JsonNode globalPriceRate) {}

    record GroupChange(String name, JsonNode globalPriceRate) {}

    /** A customer group; {@code globalPriceRate} is a percentage, from −100 to 100. */
    record CustomerGroupJson(String id, String identifier, String name, BigDecimal globalPriceRate, long version) {

        static CustomerGroupJson of(CustomerGroupView view) {
            return new CustomerGroupJson(view.id().toString(), view.identifier(), view.name(), view.globalPriceRate(),
                    view.version());
        }
    }
}
