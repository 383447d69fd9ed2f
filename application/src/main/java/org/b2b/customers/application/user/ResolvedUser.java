package org.b2b.customers.application.user;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.application.common.Actor;

/** Who a bearer token lets act: the actor for the request's use cases, and the user as they see themselves. */
public record ResolvedUser(Actor actor, UserView user) {

    public ResolvedUser {
        requireNonNull(actor);
        requireNonNull(user);
    }
}
