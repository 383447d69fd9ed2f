package org.b2b.customers.web.api;

import java.time.Instant;
import org.b2b.customers.application.order.OrderView;

/**
 * An order as the contract writes it: the total as a decimal string beside its ISO 4217 currency, the status as
 * the shop sent it, and the version a status update names in {@code If-Match}.
 */
record OrderJson(
        String id, String number, Instant placedAt, String placedByMemberId, String status, String currency,
        String total, long version) {

    static OrderJson of(OrderView view) {
        return new OrderJson(view.id().value().toString(), view.number(), view.placedAt(),
                view.placedByMemberId().map(id -> id.value().toString()).orElse(null), view.status(),
                view.currency(), view.total().toPlainString(), view.version());
    }
}
