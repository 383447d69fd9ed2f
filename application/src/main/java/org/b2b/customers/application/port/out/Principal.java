package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;

/**
 * A user with all that decides what they may do, read together: their membership of a company, whether that company
 * is active, and the version of each role they hold (their staff roles, or their company role and
 * {@code corporate_access}) that exists, by which the roles' policies are known without reading them again.
 */
public record Principal(User user, Optional<Member> membership, boolean companyActive,
        Map<RoleIdentifier, Long> roleVersions) {

    public Principal {
        requireNonNull(user);
        requireNonNull(membership);
        roleVersions = Map.copyOf(roleVersions);
    }
}
