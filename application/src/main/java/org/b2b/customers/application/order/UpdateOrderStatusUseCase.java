package org.b2b.customers.application.order;

import org.b2b.customers.application.common.Actor;

/**
 * Records the status the shop now reports for an order (paid, shipped, cancelled, in the shop's own words), which
 * the company's history keeps. Whoever may record the company's orders may update them; a deactivated company's
 * orders may still be updated, because the shop goes on handling what was ordered before.
 */
public interface UpdateOrderStatusUseCase {

    OrderView updateStatus(Actor actor, UpdateOrderStatusCommand command);
}
