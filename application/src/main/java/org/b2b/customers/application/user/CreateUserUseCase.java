package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;

/** Creates a staff user or a customer user in the pool. */
public interface CreateUserUseCase {

    UserView create(Actor actor, CreateUserCommand command);
}
