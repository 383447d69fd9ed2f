package org.b2b.customers.application.role;

import org.b2b.customers.application.common.Actor;

/** Renames a role and replaces its policies, built-in roles included. */
public interface UpdateRoleUseCase {

    RoleView update(Actor actor, UpdateRoleCommand command);
}
