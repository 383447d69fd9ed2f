package org.b2b.customers.application.port.in.group;

import org.b2b.customers.application.port.in.Actor;

/** Renames a customer group or changes its price rate. */
public interface UpdateCustomerGroupUseCase {

    CustomerGroupView update(Actor actor, UpdateCustomerGroupCommand command);
}
