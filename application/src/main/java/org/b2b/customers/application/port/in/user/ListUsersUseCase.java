package org.b2b.customers.application.port.in.user;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.Page;

/** Lists users, and the pool of users not in any company. */
public interface ListUsersUseCase {

    Page<UserView> list(Actor actor, ListUsersQuery query);
}
