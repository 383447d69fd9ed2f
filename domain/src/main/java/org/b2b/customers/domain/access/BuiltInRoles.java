package org.b2b.customers.domain.access;

import static org.b2b.customers.domain.access.Limitation.OWN_COMPANY;
import static org.b2b.customers.domain.access.Limitation.REPRESENTED_COMPANIES;
import static org.b2b.customers.domain.access.Permission.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.domain.user.RoleIdentifier;

/** The roles every installation starts with, and what the Customer Portal needs of {@code corporate_access}. */
public final class BuiltInRoles {

    private BuiltInRoles() {}

    /** Administrators hold every permission without limitation. */
    public static Role administrator() {
        return Role.builtIn(RoleIdentifier.ADMINISTRATOR, "Administrator", RoleAudience.STAFF,
                Arrays.stream(Permission.values()).filter(p -> p != PORTAL_LOGIN).map(Policy::of).collect(Collectors.toSet()));
    }

    /** Sales representatives work on the companies they represent, and may look up groups and the user pool. */
    public static Role salesRepresentative() {
        Set<Policy> policies = limitedTo(REPRESENTED_COMPANIES, COMPANY_VIEW, COMPANY_CREATE, COMPANY_EDIT,
                MEMBER_VIEW, MEMBER_ADD, MEMBER_EDIT, MEMBER_REMOVE, INVITATION_VIEW, INVITATION_CREATE,
                INVITATION_MANAGE, ADDRESS_VIEW, ADDRESS_EDIT, ORDER_VIEW, HISTORY_VIEW);
        policies.add(Policy.of(CUSTOMER_GROUP_VIEW));
        policies.add(Policy.of(USER_VIEW));
        return Role.builtIn(RoleIdentifier.SALES_REPRESENTATIVE, "Sales representative", RoleAudience.STAFF, policies);
    }

    /** Company admins manage their own company's members, invitations and address book. */
    public static Role companyAdmin() {
        return Role.builtIn(RoleIdentifier.COMPANY_ADMIN, "Company admin", RoleAudience.CUSTOMER,
                limitedTo(OWN_COMPANY, COMPANY_VIEW, MEMBER_VIEW, MEMBER_EDIT, MEMBER_REMOVE, INVITATION_VIEW,
                        INVITATION_CREATE, INVITATION_MANAGE, ADDRESS_VIEW, ADDRESS_EDIT, ORDER_VIEW, ORDER_CREATE,
                        HISTORY_VIEW));
    }

    /** Buyers see their company and its orders, and place orders for it. */
    public static Role companyBuyer() {
        return Role.builtIn(RoleIdentifier.COMPANY_BUYER, "Company buyer", RoleAudience.CUSTOMER,
                limitedTo(OWN_COMPANY, COMPANY_VIEW, ADDRESS_VIEW, ORDER_VIEW, ORDER_CREATE));
    }

    /** Held by every member: what the Customer Portal itself needs to let a member in. */
    public static Role corporateAccess() {
        return Role.builtIn(RoleIdentifier.CORPORATE_ACCESS, "Corporate access", RoleAudience.CUSTOMER, portalNeeds());
    }

    public static List<Role> all() {
        return List.of(administrator(), salesRepresentative(), companyAdmin(), companyBuyer(), corporateAccess());
    }

    public static boolean isBuiltIn(RoleIdentifier identifier) {
        return all().stream().anyMatch(r -> r.identifier().equals(identifier));
    }

    /**
     * The policies that corporate_access must keep for members to log in and see their company; a policy that
     * grants the same permission with no more limitations keeps the portal working just as well.
     */
    public static Set<Policy> portalNeeds() {
        return Set.of(Policy.of(PORTAL_LOGIN), Policy.of(COMPANY_VIEW, OWN_COMPANY));
    }

    /** The policies without which nobody holding the administrator role could repair roles any more. */
    public static Set<Policy> roleAdministrationNeeds() {
        return Set.of(Policy.of(ROLE_VIEW), Policy.of(ROLE_EDIT));
    }

    private static Set<Policy> limitedTo(Limitation limitation, Permission... permissions) {
        return Arrays.stream(permissions).map(p -> Policy.of(p, limitation)).collect(Collectors.toSet());
    }
}
