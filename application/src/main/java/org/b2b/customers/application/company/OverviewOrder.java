package org.b2b.customers.application.company;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.application.order.OrderView;

/**
 * One of the latest orders on a company's overview, with the name (first and last) of the member who placed it as
 * it is now; no name when the shop named no one, or when that member has left the company since.
 */
public record OverviewOrder(OrderView order, Optional<String> placedByName) {

    public OverviewOrder {
        requireNonNull(order);
        requireNonNull(placedByName);
    }
}
