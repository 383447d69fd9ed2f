package org.b2b.customers.application.port.in.group;

import java.util.List;
import org.b2b.customers.application.port.in.Actor;

/** Lists every customer group by name. */
public interface ListCustomerGroupsUseCase {

    List<CustomerGroupView> list(Actor actor);
}
