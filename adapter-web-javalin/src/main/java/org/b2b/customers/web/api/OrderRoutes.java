package org.b2b.customers.web.api;

import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.in.order.ListOrdersQuery;
import org.b2b.customers.application.port.in.order.RecordOrderCommand;

/** A company's order history, newest first, and the orders the shop records. */
final class OrderRoutes {

    private final CustomerManagement useCases;
    private final JsonBodies bodies;

    OrderRoutes(CustomerManagement useCases, JsonBodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies/{id}/orders", (ctx, actor) -> {
            ListOrdersQuery query = new ListOrdersQuery(PathIds.company(ctx), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> useCases.listOrders().list(actor, query), OrderJson::of);
        });
        routes.post("/companies/{id}/orders", (ctx, actor) -> {
            NewOrder body = bodies.read(ctx, NewOrder.class);
            ctx.status(201).json(OrderJson.of(useCases.recordOrder().record(actor, new RecordOrderCommand(
                    PathIds.company(ctx), body.number(), body.placedAt(), body.placedByMemberId(), body.status(),
                    body.currency(), body.total()))));
        });
    }

    /** An order as the shop reports it; {@code total} is a decimal string, as money always is in this API. */
    record NewOrder(
            String number, String placedAt, String placedByMemberId, String status, String currency, String total) {}
}
