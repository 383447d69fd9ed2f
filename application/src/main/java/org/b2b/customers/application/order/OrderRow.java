package org.b2b.customers.application.order;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An order in a company's order history as a screen lists it, with the name (first and last) of the member who
 * placed it as it is now; no name when the shop named no one, or when that member has left the company since.
 */
public record OrderRow(OrderView order, Optional<String> placedByName) {

    public OrderRow {
        requireNonNull(order);
        requireNonNull(placedByName);
    }
}
