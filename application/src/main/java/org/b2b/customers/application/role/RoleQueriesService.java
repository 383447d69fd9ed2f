package org.b2b.customers.application.role;

import java.util.Arrays;
import java.util.List;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.role.GetRoleUseCase;
import org.b2b.customers.application.role.LimitationView;
import org.b2b.customers.application.role.ListPermissionsUseCase;
import org.b2b.customers.application.role.ListRolesUseCase;
import org.b2b.customers.application.role.PermissionCatalogue;
import org.b2b.customers.application.role.PermissionView;
import org.b2b.customers.application.role.RoleView;
import org.b2b.customers.application.port.out.Roles;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.RoleErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Reads roles and the permission catalogue for the Admin panel. */
final class RoleQueriesService implements ListRolesUseCase, GetRoleUseCase, ListPermissionsUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final Roles roles;

    RoleQueriesService(Transactions transactions, AccessControl access, Roles roles) {
        this.transactions = transactions;
        this.access = access;
        this.roles = roles;
    }

    @Override
    public List<RoleView> list(Actor actor) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.ROLE_VIEW);
            return roles.all().stream().map(RoleView::of).toList();
        });
    }

    @Override
    public RoleView get(Actor actor, RoleIdentifier identifier) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.ROLE_VIEW);
            return RoleView.of(roles.find(identifier).orElseThrow(() -> DomainException.notFound(RoleErrorCode.NOT_FOUND)));
        });
    }

    @Override
    public PermissionCatalogue catalogue(Actor actor) {
        return transactions.inTransaction(() -> {
            access.caller(actor).require(Permission.ROLE_VIEW);
            return new PermissionCatalogue(Arrays.stream(Permission.values()).map(PermissionView::of).toList(),
                    Arrays.stream(Limitation.values()).map(LimitationView::of).toList());
        });
    }
}
