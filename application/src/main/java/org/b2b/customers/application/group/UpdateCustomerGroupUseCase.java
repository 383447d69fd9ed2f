package org.b2b.customers.application.group;

import org.b2b.customers.application.common.Actor;

/** Renames a customer group or changes its price rate. */
public interface UpdateCustomerGroupUseCase {

    CustomerGroupView update(Actor actor, UpdateCustomerGroupCommand command);
}
