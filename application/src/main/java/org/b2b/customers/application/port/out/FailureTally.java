package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The failed sign-ins counted for one subject: how many, until when the next attempt must wait, and when the count
 * is forgotten because the subject has stopped failing.
 */
public record FailureTally(int failures, Instant heldUntil, Instant forgetAt) {

    public FailureTally {
        requireNonNull(heldUntil);
        requireNonNull(forgetAt);
    }
}
