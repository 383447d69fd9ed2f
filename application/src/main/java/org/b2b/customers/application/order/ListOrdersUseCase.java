package org.b2b.customers.application.order;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/** Pages through a company's order history, newest first. */
public interface ListOrdersUseCase {

    Page<OrderView> list(Actor actor, ListOrdersQuery query);

    /** The same page, each order with the name of who placed it, read at once: a screen shows people, not ids. */
    Page<OrderRow> listWithNames(Actor actor, ListOrdersQuery query);
}
