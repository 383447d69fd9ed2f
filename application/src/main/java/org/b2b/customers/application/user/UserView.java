package org.b2b.customers.application.user;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;

/**
 * A user as callers see it: for staff, their staff roles; for a member, their company role and
 * {@code corporate_access}, and their company. A staff user listed to a caller who may see staff only by name is
 * {@code nameOnly}: no email (null), phone or roles.
 */
public record UserView(
        UserId id, String email, String firstName, String lastName, Optional<String> phone, UserType type,
        List<String> roles, Optional<CompanyId> companyId, boolean nameOnly) {

    public UserView {
        roles = List.copyOf(roles);
        if (nameOnly && (email != null || phone.isPresent() || !roles.isEmpty())) {
            throw new IllegalArgumentException("a user shown by name only has no email, phone or roles");
        }
    }
}
