package org.b2b.customers.application.group;

import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;

/** Creates a customer group of the Admin panel. */
final class CreateCustomerGroupService implements CreateCustomerGroupUseCase {

    private final UseCaseSupport support;
    private final CustomerGroups groups;

    CreateCustomerGroupService(UseCaseSupport support, CustomerGroups groups) {
        this.support = support;
        this.groups = groups;
    }

    @Override
    public CustomerGroupView create(Actor actor, CreateCustomerGroupCommand command) {
        return support.asCaller(actor, caller -> {
            caller.require(Permission.CUSTOMER_GROUP_EDIT);
            var errors = support.validation().errorsOf(command);
            CustomerGroup group = errors.check(() -> CustomerGroup.create(CustomerGroupId.random(),
                    command.identifier(), command.name(), PriceRate.parse("globalPriceRate", command.globalPriceRate())));
            errors.throwIfAny();
            CustomerGroup stored = groups.add(group);
            support.history().globalChange(actor, "customer_group.created", Map.of(
                    "identifier", stored.identifier(),
                    "globalPriceRate", stored.globalPriceRate().percent().toPlainString()));
            return CustomerGroupView.of(stored);
        });
    }
}
