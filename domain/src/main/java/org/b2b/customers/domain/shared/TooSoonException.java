package org.b2b.customers.domain.shared;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/** A refusal of something done too often, which may be done again from a known instant. */
public final class TooSoonException extends DomainException {

    private final Instant possibleAt;
    private final Duration wait;

    /** Refused at {@code now}; possible again from {@code possibleAt}. */
    public TooSoonException(ErrorCode code, String message, Instant now, Instant possibleAt) {
        super(ErrorKind.TOO_SOON, code, message);
        this.possibleAt = requireNonNull(possibleAt);
        this.wait = Duration.between(now, possibleAt);
    }

    /** The first instant at which the refused action is allowed again. */
    public Instant possibleAt() {
        return possibleAt;
    }

    /** How long after the refusal that is, as the clock of the refusal counts. */
    public Duration waitTime() {
        return wait;
    }
}
