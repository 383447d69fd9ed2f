package org.b2b.customers.application.port.in.role;

import org.b2b.customers.application.port.in.Actor;

/** Lists the permission catalogue that role editors pick policies from. */
public interface ListPermissionsUseCase {

    PermissionCatalogue catalogue(Actor actor);
}
