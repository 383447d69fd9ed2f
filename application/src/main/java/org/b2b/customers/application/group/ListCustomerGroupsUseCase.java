package org.b2b.customers.application.group;

import java.util.List;
import org.b2b.customers.application.common.Actor;

/**
 * Lists every customer group by name. An installation has tens of groups, so the list comes whole, not in pages.
 */
public interface ListCustomerGroupsUseCase {

    List<CustomerGroupView> list(Actor actor);
}
