package org.b2b.customers.application.group;

import java.util.List;
import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.group.CreateCustomerGroupUseCase;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.group.GetCustomerGroupUseCase;
import org.b2b.customers.application.group.ListCustomerGroupsUseCase;
import org.b2b.customers.application.group.UpdateCustomerGroupCommand;
import org.b2b.customers.application.group.UpdateCustomerGroupUseCase;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupErrorCode;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;
import org.b2b.customers.domain.shared.DomainException;

/** Manages the customer groups of the Admin panel. */
final class CustomerGroupService implements CreateCustomerGroupUseCase, UpdateCustomerGroupUseCase,
        GetCustomerGroupUseCase, ListCustomerGroupsUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final CustomerGroups groups;
    private final HistoryRecorder history;

    CustomerGroupService(Transactions transactions, AccessControl access, CommandValidation validation,
            CustomerGroups groups, HistoryRecorder history) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.groups = groups;
        this.history = history;
    }

    @Override
    public CustomerGroupView create(Actor actor, CreateCustomerGroupCommand command) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.CUSTOMER_GROUP_EDIT);
            var errors = validation.errorsOf(command);
            CustomerGroup group = errors.check(() -> CustomerGroup.create(CustomerGroupId.random(),
                    command.identifier(), command.name(), PriceRate.parse("globalPriceRate", command.globalPriceRate())));
            errors.throwIfAny();
            CustomerGroup stored = groups.add(group);
            history.globalChange(actor, "customer_group.created", Map.of("identifier", stored.identifier(),
                    "globalPriceRate", stored.globalPriceRate().percent().toPlainString()));
            return CustomerGroupView.of(stored);
        });
    }

    @Override
    public CustomerGroupView update(Actor actor, UpdateCustomerGroupCommand command) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.CUSTOMER_GROUP_EDIT);
            CustomerGroup group = groups.find(command.groupId()).orElseThrow(() -> DomainException.notFound(CustomerGroupErrorCode.NOT_FOUND));
            command.expectedVersion().check(group.version(), CustomerGroupErrorCode.STALE_VERSION);
            var errors = validation.errorsOf(command);
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
            history.globalChange(actor, "customer_group.updated", Map.of("identifier", stored.identifier(),
                    "name", stored.name(), "globalPriceRate", stored.globalPriceRate().percent().toPlainString()));
            return CustomerGroupView.of(stored);
        });
    }

    @Override
    public CustomerGroupView get(Actor actor, CustomerGroupId groupId) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.CUSTOMER_GROUP_VIEW);
            return CustomerGroupView.of(groups.find(groupId)
                    .orElseThrow(() -> DomainException.notFound(CustomerGroupErrorCode.NOT_FOUND)));
        });
    }

    @Override
    public List<CustomerGroupView> list(Actor actor) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.CUSTOMER_GROUP_VIEW);
            return groups.all().stream().map(CustomerGroupView::of).toList();
        });
    }
}
