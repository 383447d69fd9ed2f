package org.b2b.customers.application.role;

import org.b2b.customers.application.common.Actor;

/** Lists the permission catalogue that role editors pick policies from. */
public interface ListPermissionsUseCase {

    PermissionCatalogue catalogue(Actor actor);
}
