package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/** Lists users, and the pool of users not in any company. */
public interface ListUsersUseCase {

    Page<UserView> list(Actor actor, ListUsersQuery query);
}
