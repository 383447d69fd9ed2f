package org.b2b.customers.application.port.in.group;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.domain.group.CustomerGroupId;

/** Reads one customer group, with the version an edit of it names. */
public interface GetCustomerGroupUseCase {

    CustomerGroupView get(Actor actor, CustomerGroupId groupId);
}
