package org.b2b.customers.application.role;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Reads one role with its policies. */
public interface GetRoleUseCase {

    RoleView get(Actor actor, RoleIdentifier identifier);
}
