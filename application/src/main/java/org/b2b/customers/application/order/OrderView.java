package org.b2b.customers.application.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;

/**
 * A recorded order as callers see it; the total has as many decimals as its currency, and the status is the shop's
 * own code, as the shop sent it.
 */
public record OrderView(
        OrderId id, String number, Instant placedAt, Optional<MemberId> placedByMemberId, String status,
        String currency, BigDecimal total, long version) {

    public static OrderView of(Order order) {
        return new OrderView(order.id(), order.number(), order.placedAt(), order.placedBy(), order.status().code(),
                order.total().currency().getCurrencyCode(), order.total().amount(), order.version());
    }
}
