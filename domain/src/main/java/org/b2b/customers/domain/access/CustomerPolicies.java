package org.b2b.customers.domain.access;

import static org.b2b.customers.domain.access.Permission.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a role for company members may hold: {@code portal/login}, and the customer modules' permissions limited to
 * the member's own company. Everything else would hand a customer staff powers: creating users (staff among them),
 * seeing the pool, creating or deactivating companies, editing a company's sales representative or customer group
 * (its prices), or reaching beyond their own company.
 */
public final class CustomerPolicies {

    /** The permissions a member may use on their own company. */
    private static final Set<Permission> OWN_COMPANY_PERMISSIONS = EnumSet.of(COMPANY_VIEW, MEMBER_VIEW,
            MEMBER_EDIT, MEMBER_REMOVE, INVITATION_VIEW, INVITATION_CREATE, INVITATION_MANAGE, ADDRESS_VIEW,
            ADDRESS_EDIT, ORDER_VIEW, ORDER_CREATE, HISTORY_VIEW);

    private CustomerPolicies() {}

    /** Whether a customer-audience role may hold the policy. */
    public static boolean allows(Policy policy) {
        return policy.permission() == PORTAL_LOGIN
                || OWN_COMPANY_PERMISSIONS.contains(policy.permission())
                        && policy.limitations().contains(Limitation.OWN_COMPANY);
    }

    /** What a customer role may hold, for the refusal of one that it may not. */
    public static String description() {
        return "a customer role may hold only portal/login and, limited to own_company, "
                + OWN_COMPANY_PERMISSIONS.stream().map(Permission::key).collect(Collectors.joining(", "));
    }
}
