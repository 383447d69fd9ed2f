package org.b2b.customers.application.user;

import java.time.Duration;

/**
 * A sign-in refused before its password was checked: the account or the client failed too often lately and must
 * wait, or too many password checks are running already. The same for accounts that exist and ones that do not.
 */
public final class SignInHeld extends RuntimeException {

    private final String code;
    private final Duration retryAfter;
    private final boolean busy;

    private SignInHeld(String code, String message, Duration retryAfter, boolean busy) {
        super(message, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
        this.busy = busy;
    }

    /** Too many failures for the account or the client: the next attempt is possible after the given time. */
    public static SignInHeld tooManyFailures(Duration retryAfter) {
        return new SignInHeld("auth.too_many_attempts",
                "Too many failed sign-ins; try again in " + seconds(retryAfter) + " seconds.", retryAfter, false);
    }

    /** Every slot for a password check is taken; the server is not refusing this caller in particular. */
    public static SignInHeld busy(Duration retryAfter) {
        return new SignInHeld("auth.busy", "Too many sign-ins at this moment; try again in " + seconds(retryAfter)
                + " seconds.", retryAfter, true);
    }

    /** A stable identifier clients may switch on. */
    public String code() {
        return code;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    /** Whether the server is overloaded rather than this account or client held. */
    public boolean busy() {
        return busy;
    }

    /** Rounded up, so that a client waiting that long finds the hold over. */
    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
