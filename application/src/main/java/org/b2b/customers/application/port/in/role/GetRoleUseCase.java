package org.b2b.customers.application.port.in.role;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.domain.user.RoleIdentifier;

/** Reads one role with its policies. */
public interface GetRoleUseCase {

    RoleView get(Actor actor, RoleIdentifier identifier);
}
