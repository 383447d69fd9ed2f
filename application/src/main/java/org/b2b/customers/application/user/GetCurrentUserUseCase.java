package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;

/** Tells the acting user who they are: their roles and their company. */
public interface GetCurrentUserUseCase {

    UserView me(Actor actor);
}
