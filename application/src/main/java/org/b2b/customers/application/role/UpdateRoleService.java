package org.b2b.customers.application.role;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.Policy;
import org.b2b.customers.domain.access.Role;
import org.b2b.customers.domain.access.RoleErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * Replaces a role's name and policies, built-in roles included. The domain keeps the administrator role able to
 * administer roles, and asks for confirmation before {@code corporate_access} loses what the portal needs.
 */
final class UpdateRoleService implements UpdateRoleUseCase {

    private final UseCaseSupport support;
    private final Roles roles;

    UpdateRoleService(UseCaseSupport support, Roles roles) {
        this.support = support;
        this.roles = roles;
    }

    @Override
    public RoleView update(Actor actor, UpdateRoleCommand command) {
        return support.asCaller(actor, caller -> {
            caller.require(Permission.ROLE_EDIT);
            var errors = support.validation().errorsOf(command);
            Role role = roles.find(command.identifier()).orElseThrow(() -> DomainException.notFound(RoleErrorCode.NOT_FOUND));
            command.expectedVersion().check(role.version(), RoleErrorCode.STALE_VERSION);
            String name = errors.check(() -> PlainText.require("name", command.name(), Role.MAX_NAME_LENGTH));
            Set<Policy> policies = RolePolicies.parse(errors, command.policies(), role.audience());
            errors.throwIfAny();
            Role changed = role.withPolicies(name, policies, command.confirmed());
            if (changed.equals(role)) {
                return RoleView.of(role);
            }
            Role stored = roles.update(changed);
            support.history().globalChange(actor, "role.updated", changes(role, stored));
            return RoleView.of(stored);
        });
    }

    private static Map<String, String> changes(Role before, Role after) {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("identifier", after.identifier().value());
        if (!before.name().equals(after.name())) {
            changes.put("name", before.name() + " → " + after.name());
        }
        changes.putAll(RolePolicies.changes(before.policies(), after.policies()));
        return changes;
    }
}
