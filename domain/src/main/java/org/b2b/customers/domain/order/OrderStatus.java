package org.b2b.customers.domain.order;

/** Where the shop says an order stands. */
public enum OrderStatus {
    PLACED,
    PROCESSING,
    SHIPPED,
    COMPLETED,
    CANCELLED
}
