package org.b2b.customers.application.group;

import org.b2b.customers.application.common.Actor;

/** Creates a customer group. */
public interface CreateCustomerGroupUseCase {

    CustomerGroupView create(Actor actor, CreateCustomerGroupCommand command);
}
