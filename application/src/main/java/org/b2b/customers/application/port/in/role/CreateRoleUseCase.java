package org.b2b.customers.application.port.in.role;

import org.b2b.customers.application.port.in.Actor;

/** Defines a new role; the built-in identifiers are taken. */
public interface CreateRoleUseCase {

    RoleView create(Actor actor, CreateRoleCommand command);
}
