package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted per subject (an account's email, a client's address) where every server sharing the
 * database sees them. Counting is a compare-and-set, so that parallel attempts cannot all read the same count.
 */
public interface LoginFailures {

    /** Subjects are at most this long. */
    int MAX_SUBJECT_LENGTH = 300;

    Optional<FailureTally> find(String subject);

    /**
     * Stores {@code next} for the subject only if its tally is still {@code expected} (no tally at all when empty),
     * and says whether it did; a caller that lost the race reads again.
     */
    boolean replace(String subject, Optional<FailureTally> expected, FailureTally next);

    /** Forgets the tallies whose forget time has come; returns how many. */
    int forgetExpired(Instant now);
}
