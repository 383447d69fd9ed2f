package org.b2b.customers.application.company;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.group.PriceRate;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;

/** Checks that a company's customer group and sales representative exist and are what they claim to be. */
final class CompanyReferences {

    private final CustomerGroups groups;
    private final Users users;

    CompanyReferences(CustomerGroups groups, Users users) {
        this.groups = groups;
        this.users = users;
    }

    CustomerGroupId customerGroup(FieldErrors errors, String text) {
        if (text == null || text.isBlank()) {
            errors.add("customerGroupId", "required", "must not be blank");
            return null;
        }
        CustomerGroupId id = errors.check(() -> CustomerGroupId.parse("customerGroupId", text));
        if (id != null && groups.find(id).isEmpty()) {
            errors.add("customerGroupId", "unknown_customer_group", "is not an existing customer group");
        }
        return id;
    }

    /**
     * The group to create with a company when its name is given instead of an existing group: only by staff who may
     * edit customer groups, under a name no group has yet, with an identifier made from the name and a price rate of
     * zero (the Admin section changes it later). Nothing is stored here.
     */
    Optional<CustomerGroup> newCustomerGroup(Caller caller, FieldErrors errors, String existingId, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (existingId != null && !existingId.isBlank()) {
            errors.add("newCustomerGroupName", "group_chosen_twice",
                    "name a new customer group or choose an existing one, not both");
            return Optional.empty();
        }
        if (!caller.subject().decide(Permission.CUSTOMER_GROUP_EDIT).allowed()) {
            errors.add("newCustomerGroupName", "group_creation_not_allowed",
                    "only staff who may edit customer groups can create one");
            return Optional.empty();
        }
        String trimmed = errors.check(() -> PlainText.require("newCustomerGroupName", name, 100));
        if (trimmed == null) {
            return Optional.empty();
        }
        List<CustomerGroup> existing = groups.all();
        if (existing.stream().anyMatch(group -> group.name().equalsIgnoreCase(trimmed))) {
            errors.add("newCustomerGroupName", "customer_group_exists",
                    "is the name of an existing customer group; choose that group instead");
            return Optional.empty();
        }
        return Optional.of(CustomerGroup.create(CustomerGroupId.random(), freeIdentifier(trimmed, existing), trimmed,
                PriceRate.parse("globalPriceRate", "0")));
    }

    void add(CustomerGroup group) {
        groups.add(group);
    }

    private static String freeIdentifier(String name, List<CustomerGroup> existing) {
        Set<String> taken = existing.stream().map(CustomerGroup::identifier).collect(Collectors.toSet());
        String base = CustomerGroup.identifierFor(name);
        String identifier = base;
        for (int n = 2; taken.contains(identifier); n++) {
            identifier = base + "-" + n;
        }
        return identifier;
    }

    UserId salesRepresentative(FieldErrors errors, String text) {
        UserId id = errors.check(() -> UserId.parse("salesRepresentativeId", text));
        if (id != null && users.find(id).filter(u -> u.staffRoles().contains(RoleIdentifier.SALES_REPRESENTATIVE)
                || u.staffRoles().contains(RoleIdentifier.ADMINISTRATOR)).isEmpty()) {
            errors.add("salesRepresentativeId", "not_a_sales_representative",
                    "is not a staff user with the sales_representative or administrator role");
        }
        return id;
    }
}
