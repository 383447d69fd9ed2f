package org.b2b.customers.application.group;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.DomainException;

/** Reads one customer group. */
final class GetCustomerGroupService implements GetCustomerGroupUseCase {

    private final UseCaseSupport support;
    private final CustomerGroups groups;

    GetCustomerGroupService(UseCaseSupport support, CustomerGroups groups) {
        this.support = support;
        this.groups = groups;
    }

    @Override
    public CustomerGroupView get(Actor actor, CustomerGroupId groupId) {
        return support.readingAsCaller(actor, caller -> {
            caller.require(Permission.CUSTOMER_GROUP_VIEW);
            return CustomerGroupView.of(groups.find(groupId)
                    .orElseThrow(() -> DomainException.notFound(CustomerGroupErrorCode.NOT_FOUND)));
        });
    }
}
