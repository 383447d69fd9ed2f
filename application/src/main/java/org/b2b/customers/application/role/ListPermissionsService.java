package org.b2b.customers.application.role;

import java.util.Arrays;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Limitation;
import org.b2b.customers.domain.access.Permission;

/**
 * Tells what a role's policies can name. The catalogue is the code's own and reads no port, but it is still shown
 * only to those who may view roles, in a transaction like every other use case.
 */
final class ListPermissionsService implements ListPermissionsUseCase {

    private final UseCaseSupport support;

    ListPermissionsService(UseCaseSupport support) {
        this.support = support;
    }

    @Override
    public PermissionCatalogue catalogue(Actor actor) {
        return support.readingAsCaller(actor, caller -> {
            caller.require(Permission.ROLE_VIEW);
            return new PermissionCatalogue(Arrays.stream(Permission.values()).map(PermissionView::of).toList(),
                    Arrays.stream(Limitation.values()).map(LimitationView::of).toList());
        });
    }
}
