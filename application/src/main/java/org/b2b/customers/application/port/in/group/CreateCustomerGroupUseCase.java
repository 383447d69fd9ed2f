package org.b2b.customers.application.port.in.group;

import org.b2b.customers.application.port.in.Actor;

/** Creates a customer group. */
public interface CreateCustomerGroupUseCase {

    CustomerGroupView create(Actor actor, CreateCustomerGroupCommand command);
}
