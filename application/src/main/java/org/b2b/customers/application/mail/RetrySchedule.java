package org.b2b.customers.application.mail;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before trying a mail again: a ceiling that starts at ten seconds and doubles with every failed
 * attempt up to half an hour, and a delay drawn between half the ceiling and the ceiling, so that the mails of one
 * outage do not all come back at the same moment.
 */
final class RetrySchedule {

    static final Duration FIRST_CEILING = Duration.ofSeconds(10);
    static final Duration LAST_CEILING = Duration.ofMinutes(30);

    private final DoubleSupplier random;

    /** {@code random} gives numbers from 0 (inclusive) to 1 (exclusive). */
    RetrySchedule(DoubleSupplier random) {
        this.random = random;
    }

    static RetrySchedule jittered() {
        return new RetrySchedule(() -> ThreadLocalRandom.current().nextDouble());
    }

    /** The wait after the given failed attempt (1 for the first). */
    Duration delayAfter(int attempt) {
        long ceiling = LAST_CEILING.toMillis();
        if (attempt - 1 < Long.numberOfLeadingZeros(FIRST_CEILING.toMillis())) {
            ceiling = Math.min(ceiling, FIRST_CEILING.toMillis() << (attempt - 1));
        }
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
