package org.b2b.customers.application.member;

import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.user.RoleIdentifier;

/**
 * Reads the role a member is given: an existing role meant for company members, which neither a staff role nor
 * {@code corporate_access} (held by every member anyway) is, and which the giver may give
 * ({@link AccessSubject#mayGive}).
 */
final class CompanyRoles {

    private final Roles roles;

    CompanyRoles(Roles roles) {
        this.roles = roles;
    }

    /** The role, or {@code null} with the reason recorded under {@code role}. */
    Role assignable(FieldErrors errors, String text, AccessSubject giver) {
        RoleIdentifier identifier = errors.check(() -> RoleIdentifier.parse("role", text));
        if (identifier == null) {
            return null;
        }
        Role role = roles.find(identifier).orElse(null);
        if (role == null) {
            errors.add("role", "unknown_role", identifier + " is not a role");
        } else if (!role.isAssignableToMembers()) {
            errors.add("role", "not_a_company_role", identifier + " is not a role that company members can hold");
            return null;
        } else if (!giver.mayGive(role)) {
            errors.add("role", "role_not_givable", identifier + " grants more than your own role does");
            return null;
        }
        return role;
    }
}
