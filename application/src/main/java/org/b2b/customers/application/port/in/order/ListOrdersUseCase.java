package org.b2b.customers.application.port.in.order;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.Page;

/** Pages through a company's order history, newest first. */
public interface ListOrdersUseCase {

    Page<OrderView> list(Actor actor, ListOrdersQuery query);
}
