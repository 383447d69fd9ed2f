package org.b2b.customers.application.group;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.group.CustomerGroupId;

/** Reads one customer group, with the version an edit of it names. */
public interface GetCustomerGroupUseCase {

    CustomerGroupView get(Actor actor, CustomerGroupId groupId);
}
