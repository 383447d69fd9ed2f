package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.UseCaseSupport;

/** Tells a signed-in user who they are. */
final class GetCurrentUserService implements GetCurrentUserUseCase {

    private final UseCaseSupport support;
    private final Users users;
    private final UserViews views;

    GetCurrentUserService(UseCaseSupport support, Users users, UserViews views) {
        this.support = support;
        this.users = users;
        this.views = views;
    }

    @Override
    public UserView me(Actor actor) {
        return support.readingAsCaller(actor, caller -> views.of(users.find(actor.userId()).orElseThrow()));
    }
}
