package org.b2b.customers.web.backoffice;

import java.util.List;
import org.b2b.customers.application.order.OrderRow;
import org.b2b.customers.web.page.FormError;

/** A company's order history as shown: one page of orders, newest first, the links to other pages, and errors. */
public record OrderList(List<OrderRow> orders, CursorPages pages, List<FormError> errors) {

    public OrderList {
        orders = List.copyOf(orders);
        errors = List.copyOf(errors);
    }
}
