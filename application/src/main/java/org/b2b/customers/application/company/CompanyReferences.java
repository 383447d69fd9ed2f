package org.b2b.customers.application.company;

import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.FieldErrors;
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
        CustomerGroupId id = errors.check(() -> CustomerGroupId.parse("customerGroupId", text));
        if (id != null && groups.find(id).isEmpty()) {
            errors.add("customerGroupId", "unknown_customer_group", "is not an existing customer group");
        }
        return id;
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
