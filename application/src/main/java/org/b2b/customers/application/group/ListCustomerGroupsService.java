package org.b2b.customers.application.group;

import java.util.List;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;

/** Lists all customer groups. */
final class ListCustomerGroupsService implements ListCustomerGroupsUseCase {

    private final UseCaseSupport support;
    private final CustomerGroups groups;

    ListCustomerGroupsService(UseCaseSupport support, CustomerGroups groups) {
        this.support = support;
        this.groups = groups;
    }

    @Override
    public List<CustomerGroupView> list(Actor actor) {
        return support.readingAsCaller(actor, caller -> {
            caller.require(Permission.CUSTOMER_GROUP_VIEW);
            return groups.all().stream().map(CustomerGroupView::of).toList();
        });
    }
}
