package org.b2b.customers.application.role;

import java.util.List;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;

/** Lists every role, built-in and defined, for the Admin panel. */
final class ListRolesService implements ListRolesUseCase {

    private final UseCaseSupport support;
    private final Roles roles;

    ListRolesService(UseCaseSupport support, Roles roles) {
        this.support = support;
        this.roles = roles;
    }

    @Override
    public List<RoleView> list(Actor actor) {
        return support.readingAsCaller(actor, caller -> {
            caller.require(Permission.ROLE_VIEW);
            return roles.all().stream().map(RoleView::of).toList();
        });
    }
}
