package org.b2b.customers.application.common;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.domain.user.UserId;

/** The authenticated user on whose behalf a use case runs; every use case checks this user's policies. */
public record Actor(UserId userId) {

    public Actor {
        requireNonNull(userId);
    }

    public static Actor of(UserId userId) {
        return new Actor(userId);
    }
}
