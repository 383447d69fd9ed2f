package org.b2b.customers.application.role;

import org.b2b.customers.application.common.Actor;

/** Defines a new role; the built-in identifiers are taken. */
public interface CreateRoleUseCase {

    RoleView create(Actor actor, CreateRoleCommand command);
}
