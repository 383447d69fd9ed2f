package org.b2b.customers.application.order;

import org.b2b.customers.application.common.Actor;

/**
 * Records an order the shop took for a company. Order numbers are unique per company. A deactivated company
 * takes no new orders: its members cannot act, so an order for it is refused until it is reactivated.
 */
public interface RecordOrderUseCase {

    OrderView record(Actor actor, RecordOrderCommand command);
}
