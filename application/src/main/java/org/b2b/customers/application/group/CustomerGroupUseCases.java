package org.b2b.customers.application.group;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of customer groups, wired to their ports. */
public final class CustomerGroupUseCases {

    private final CustomerGroupService groups;

    public CustomerGroupUseCases(UseCaseSupport support, DrivenPorts ports) {
        groups = new CustomerGroupService(support.transactions(), support.access(), support.validation(),
                ports.customerGroups(), support.history());
    }

    public CreateCustomerGroupUseCase create() {
        return groups;
    }

    public UpdateCustomerGroupUseCase update() {
        return groups;
    }

    public GetCustomerGroupUseCase get() {
        return groups;
    }

    public ListCustomerGroupsUseCase list() {
        return groups;
    }
}
