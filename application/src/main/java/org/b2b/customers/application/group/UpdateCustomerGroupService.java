package org.b2b.customers.application.group;

import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.group.PriceRate;
import org.b2b.customers.domain.shared.DomainException;

/** Renames a customer group or changes its price rate, recording the change only when there is one. */
final class UpdateCustomerGroupService implements UpdateCustomerGroupUseCase {

    private final UseCaseSupport support;
    private final CustomerGroups groups;

    UpdateCustomerGroupService(UseCaseSupport support, CustomerGroups groups) {
        this.support = support;
        this.groups = groups;
    }

    @Override
    public CustomerGroupView update(Actor actor, UpdateCustomerGroupCommand command) {
        return support.asCaller(actor, caller -> {
            caller.require(Permission.CUSTOMER_GROUP_EDIT);
            CustomerGroup group = groups.find(command.groupId()).orElseThrow(() -> DomainException.notFound(CustomerGroupErrorCode.NOT_FOUND));
            command.expectedVersion().check(group.version(), CustomerGroupErrorCode.STALE_VERSION);
            var errors = support.validation().errorsOf(command);
            CustomerGroup changed = group;
            if (command.name().isPresent()) {
                CustomerGroup renamed = errors.check(() -> group.withName(command.name().get()));
                changed = renamed == null ? changed : renamed;
            }
            if (command.globalPriceRate().isPresent()) {
                PriceRate rate = errors.check(() -> PriceRate.parse("globalPriceRate", command.globalPriceRate().get()));
                changed = rate == null ? changed : changed.withGlobalPriceRate(rate);
            }
            errors.throwIfAny();
            if (changed.equals(group)) {
                return CustomerGroupView.of(group);
            }
            CustomerGroup stored = groups.update(changed);
            support.history().globalChange(actor, "customer_group.updated", Map.of(
                    "identifier", stored.identifier(), "name", stored.name(),
                    "globalPriceRate", stored.globalPriceRate().percent().toPlainString()));
            return CustomerGroupView.of(stored);
        });
    }
}
