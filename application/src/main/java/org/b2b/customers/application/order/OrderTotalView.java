package org.b2b.customers.application.order;

import java.math.BigDecimal;
import org.b2b.customers.domain.order.Money;

/** What a company's orders add up to in one currency; amounts in different currencies are never added. */
public record OrderTotalView(String currency, BigDecimal total) {

    public static OrderTotalView of(Money money) {
        return new OrderTotalView(money.currency().getCurrencyCode(), money.amount());
    }
}
