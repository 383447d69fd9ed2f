package org.b2b.customers.application.port.in.role;

import java.util.List;
import org.b2b.customers.application.port.in.Actor;

/** Lists every role with its policies, by identifier. Roles are few, so the list comes whole, not in pages. */
public interface ListRolesUseCase {

    List<RoleView> list(Actor actor);
}
