package org.b2b.customers.web.api;

import io.javalin.http.Context;
import org.b2b.customers.application.order.OrderUseCases;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.order.UpdateOrderStatusCommand;

/** A company's order history, newest first, the orders the shop records, and the status it updates later. */
final class OrderRoutes {

    private final OrderUseCases orders;
    private final JsonBodies bodies;

    OrderRoutes(OrderUseCases orders, JsonBodies bodies) {
        this.orders = orders;
        this.bodies = bodies;
    }

    void addTo(ApiRoutes routes) {
        routes.get("/companies/{id}/orders", (ctx, actor) -> {
            ListOrdersQuery query = new ListOrdersQuery(PathIds.company(ctx), Paging.pageOf(ctx));
            Paging.respond(ctx, () -> orders.list().list(actor, query), OrderJson::of);
        });
        routes.post("/companies/{id}/orders", (ctx, actor) -> {
            NewOrder body = bodies.read(ctx, NewOrder.class);
            respond(ctx.status(201), orders.record().record(actor, new RecordOrderCommand(
                    PathIds.company(ctx), body.number(), body.placedAt(), body.placedByMemberId(), body.status(),
                    body.currency(), body.total())));
        });
        routes.patch("/companies/{id}/orders/{orderId}", (ctx, actor) -> {
            OrderChange body = bodies.read(ctx, OrderChange.class);
            respond(ctx, orders.updateStatus().updateStatus(actor, new UpdateOrderStatusCommand(
                    PathIds.company(ctx), PathIds.order(ctx), body.status(), Versions.expected(ctx))));
        });
    }

    private static void respond(Context ctx, OrderView order) {
        Versions.tag(ctx, order.version());
        ctx.json(OrderJson.of(order));
    }

    /** An order as the shop reports it; {@code total} is a decimal string, as money always is in this API. */
    record NewOrder(
            String number, String placedAt, String placedByMemberId, String status, String currency, String total) {}

    /** The status the shop now reports for an order, in its own words. */
    record OrderChange(String status) {}
}
