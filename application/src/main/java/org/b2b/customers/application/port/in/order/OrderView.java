package org.b2b.customers.application.port.in.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.member.MemberId;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;

/** A recorded order as callers see it; the total has as many decimals as its currency. */
public record OrderView(
        OrderId id, String number, Instant placedAt, Optional<MemberId> placedByMemberId, OrderStatus status,
        String currency, BigDecimal total) {

    public static OrderView of(Order order) {
        return new OrderView(order.id(), order.number(), order.placedAt(), order.placedBy(), order.status(),
                order.total().currency().getCurrencyCode(), order.total().amount());
    }
}
