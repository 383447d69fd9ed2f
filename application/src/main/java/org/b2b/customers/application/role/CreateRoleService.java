package org.b2b.customers.application.role;

import java.util.Map;
import java.util.Set;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.PlainText;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Defines new roles with policies from the permission catalogue. */
final class CreateRoleService implements CreateRoleUseCase {

    private final UseCaseSupport support;
    private final Roles roles;

    CreateRoleService(UseCaseSupport support, Roles roles) {
        this.support = support;
        this.roles = roles;
    }

    @Override
    public RoleView create(Actor actor, CreateRoleCommand command) {
        return support.asCaller(actor, caller -> {
            caller.require(Permission.ROLE_EDIT);
            var errors = support.validation().errorsOf(command);
            RoleIdentifier identifier = errors.check(() -> RoleIdentifier.parse("identifier", command.identifier()));
            String name = errors.check(() -> PlainText.require("name", command.name(), Role.MAX_NAME_LENGTH));
            RoleAudience audience = errors.check(() -> Choice.parse(RoleAudience.class, "audience", command.audience()));
            Set<Policy> policies = RolePolicies.parse(errors, command.policies(), audience);
            errors.throwIfAny();
            Role stored = roles.add(Role.define(identifier, name, audience, policies));
            support.history().globalChange(actor, "role.created", Map.of("identifier", identifier.value(), "name", name,
                    "audience", audience.name(), "policies", RolePolicies.describe(stored.policies())));
            return RoleView.of(stored);
        });
    }
}
