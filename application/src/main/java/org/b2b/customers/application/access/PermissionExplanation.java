package org.b2b.customers.application.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.access.AccessDecision;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.user.RoleIdentifier;

/**
 * The answer to an explain question: whether it is allowed, the role, policy ({@code module/function}) and
 * limitation that decided it when one did, and the reason in words for an administrator.
 */
public record PermissionExplanation(
        boolean allowed, Optional<String> role, Optional<String> policy, Optional<String> limitation, String reason) {

    public PermissionExplanation {
        requireNonNull(role);
        requireNonNull(policy);
        requireNonNull(limitation);
        requireNonNull(reason);
    }

    public static PermissionExplanation of(AccessDecision decision) {
        return new PermissionExplanation(decision.allowed(), decision.role().map(RoleIdentifier::value),
                decision.policy().map(p -> p.permission().key()), decision.limitation().map(Limitation::identifier),
                decision.reason());
    }
}
