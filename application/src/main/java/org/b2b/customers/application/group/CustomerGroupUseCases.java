package org.b2b.customers.application.group;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of customer groups, wired to their ports. */
public final class CustomerGroupUseCases {

    private final CreateCustomerGroupService create;
    private final UpdateCustomerGroupService update;
    private final GetCustomerGroupService get;
    private final ListCustomerGroupsService list;

    public CustomerGroupUseCases(UseCaseSupport support, DrivenPorts ports) {
        create = new CreateCustomerGroupService(support, ports.customerGroups());
        update = new UpdateCustomerGroupService(support, ports.customerGroups());
        get = new GetCustomerGroupService(support, ports.customerGroups());
        list = new ListCustomerGroupsService(support, ports.customerGroups());
    }

    public CreateCustomerGroupUseCase create() {
        return create;
    }

    public UpdateCustomerGroupUseCase update() {
        return update;
    }

    public GetCustomerGroupUseCase get() {
        return get;
    }

    public ListCustomerGroupsUseCase list() {
        return list;
    }
}
