package org.b2b.customers.application.role;

import java.util.List;
import org.b2b.customers.application.common.Actor;

/** Lists every role with its policies, by identifier. Roles are few, so the list comes whole, not in pages. */
public interface ListRolesUseCase {

    List<RoleView> list(Actor actor);
}
