package org.b2b.customers.application.common;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.user.UserId;

/**
 * The authenticated user on whose behalf a use case runs; every use case checks this user's policies. An actor
 * resolved from a bearer token carries the access read with it, which the use cases of the same request check
 * without reading it again; the access of any other actor is read by each use case.
 */
public final class Actor {

    private final UserId userId;
    private final Optional<ReadAccess> access;

    private Actor(UserId userId, Optional<ReadAccess> access) {
        this.userId = requireNonNull(userId);
        this.access = access;
    }

    /** The user, whose access each use case reads. */
    public static Actor of(UserId userId) {
        return new Actor(userId, Optional.empty());
    }

    /**
     * The user with the access read for them at {@code readAt}. Use cases trust it only briefly (for one request,
     * see {@code AccessControl}), so an actor kept longer loses nothing but speed.
     */
    public static Actor withAccess(AccessSubject access, Instant readAt) {
        return new Actor(access.userId(), Optional.of(new ReadAccess(access, readAt)));
    }

    public UserId userId() {
        return userId;
    }

    /** The access read with this actor, if it was. */
    public Optional<ReadAccess> access() {
        return access;
    }

    /** What policies saw of the user when, for how long it may stand in for a new read. */
    public record ReadAccess(AccessSubject subject, Instant readAt) {

        public ReadAccess {
            requireNonNull(subject);
            requireNonNull(readAt);
        }
    }

    /** Actors are the same when they are the same user, whatever was read of them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Actor actor && actor.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId);
    }

    @Override
    public String toString() {
        return "Actor[userId=" + userId + "]";
    }
}
