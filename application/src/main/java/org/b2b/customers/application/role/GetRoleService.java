package org.b2b.customers.application.role;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.RoleErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Reads one role with its policies. */
final class GetRoleService implements GetRoleUseCase {

    private final UseCaseSupport support;
    private final Roles roles;

    GetRoleService(UseCaseSupport support, Roles roles) {
        this.support = support;
        this.roles = roles;
    }

    @Override
    public RoleView get(Actor actor, RoleIdentifier identifier) {
        return support.readingAsCaller(actor, caller -> {
            caller.require(Permission.ROLE_VIEW);
            return RoleView.of(roles.find(identifier).orElseThrow(() -> DomainException.notFound(RoleErrorCode.NOT_FOUND)));
        });
    }
}
