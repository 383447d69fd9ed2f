package org.b2b.customers.application.role;

import java.util.List;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;

/** A role as the Admin panel shows it: who it is for, whether the system ships it, and its policies. */
public record RoleView(
        String identifier, String name, RoleAudience audience, boolean builtIn, List<PolicyView> policies, long version) {

    public RoleView {
        policies = List.copyOf(policies);
    }

    public static RoleView of(Role role) {
        return new RoleView(role.identifier().value(), role.name(), role.audience(), role.isBuiltIn(),
                role.policies().stream().map(PolicyView::of).toList(), role.version());
    }
}
