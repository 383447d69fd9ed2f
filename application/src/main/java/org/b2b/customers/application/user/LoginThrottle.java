package org.b2b.customers.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.b2b.customers.application.user.SignInHeld;
import org.b2b.customers.application.port.out.FailureTally;
import org.b2b.customers.application.port.out.LoginFailures;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.SharedErrorCode;

/**
 * Slows password guessing, per account and per client, in the database that every server shares.
 *
 * <p>Each attempt is counted as a failure <em>before</em> its password is checked, by a compare-and-set on the
 * stored tally, so parallel guesses cannot all read the same count; a successful check then takes its count back.
 * After {@value #FREE_ACCOUNT_FAILURES} failures an account waits 1 s, then 2 s, 4 s … up to 15 minutes between
 * attempts; after {@value #FREE_CLIENT_FAILURES} a client does the same, which stops one address spraying many
 * accounts. Nothing is locked: a client with no failures of its own is not held by the account's wait, so
 * the owner signing in from their usual device gets in while someone else guesses. The price is that every fresh
 * client address gets one guess past the account's wait; tallies are forgotten only a day after the last failure, so
 * that is one guess per address and day. A password check also needs one of a fixed number of slots, so that
 * guessing cannot take every processor from the server.
 */
public final class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_CLIENT_FAILURES = 10;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofDays(1);
    /** How long a caller turned away for want of a slot is asked to wait: one password check, about. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(1);
    /** Forgetting old tallies costs a scan of the index; once in this many attempts is enough. */
    private static final long SWEEP_EVERY = 1_000;
    /** A compare-and-set lost this often in a row means a storm on one subject; the attempt is turned away. */
    private static final int MOST_RACES_LOST = 100;

    private final Transactions transactions;
    private final LoginFailures failures;
    private final Clock clock;
    private final Semaphore checks;
    private final AtomicLong attempts = new AtomicLong();

    public LoginThrottle(Transactions transactions, LoginFailures failures, Clock clock, int checksInFlight) {
        this.transactions = transactions;
        this.failures = failures;
        this.clock = clock;
        this.checks = new Semaphore(checksInFlight);
    }

    /**
     * Password checks allowed at once: two per processor keep every processor busy while a check waits for the
     * database, and leave requests that need no password check a share of the machine.
     */
    public static int checksForThisMachine() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs the password check of a sign-in for the email from the client, unless the account or the client must
     * wait or every slot is taken ({@link SignInHeld}). The attempt counts as failed unless the check returns.
     */
    public <T> T check(String email, String client, Supplier<T> passwordCheck) {
        if (!checks.tryAcquire()) {
            throw SignInHeld.busy(BUSY_WAIT);
        }
        try {
            if (attempts.incrementAndGet() % SWEEP_EVERY == 0) {
                transactions.inTransaction(() -> failures.forgetExpired(clock.instant()));
            }
            String clientSubject = subject("client:", client);
            String accountSubject = subject("account:", email.strip().toLowerCase(Locale.ROOT));
            int clientFailures = count(clientSubject, FREE_CLIENT_FAILURES, false);
            count(accountSubject, FREE_ACCOUNT_FAILURES, clientFailures == 0);
            T result = passwordCheck.get();
            takeBack(clientSubject);
            forget(accountSubject);
            return result;
        } finally {
            checks.release();
        }
    }

    /**
     * Counts one more failure for the subject unless it must wait (or {@code passHold}: its client is clean), and
     * returns how many it had before.
     */
    private int count(String subject, int free, boolean passHold) {
        for (int lost = 0; lost < MOST_RACES_LOST; lost++) {
            Optional<Integer> before = swap(subject, (tally, now) -> {
                if (!passHold && tally.heldUntil().isAfter(now)) {
                    throw SignInHeld.tooManyFailures(Duration.between(now, tally.heldUntil()));
                }
                int failed = tally.failures() + 1;
                Instant heldUntil = now.plus(waitAfter(failed, free));
                return new FailureTally(failed, heldUntil.isAfter(tally.heldUntil()) ? heldUntil : tally.heldUntil(),
                        now.plus(MEMORY));
            });
            if (before.isPresent()) {
                return before.get();
            }
        }
        throw SignInHeld.busy(BUSY_WAIT);
    }

    /** A successful check was not a failure of its client; the wait it may have started stays, being short. */
    private void takeBack(String subject) {
        for (int lost = 0; lost < MOST_RACES_LOST; lost++) {
            if (swap(subject, (tally, now) -> tally.failures() == 0 ? null
                    : new FailureTally(tally.failures() - 1, tally.heldUntil(), tally.forgetAt())).isPresent()) {
                return;
            }
        }
    }

    /** The owner has proved to know the password: the account starts again with no failures. */
    private void forget(String subject) {
        for (int lost = 0; lost < MOST_RACES_LOST; lost++) {
            if (swap(subject, (tally, now) -> tally.failures() == 0 ? null : new FailureTally(0, now, now.plus(MEMORY)))
                    .isPresent()) {
                return;
            }
        }
    }

    /**
     * One compare-and-set of the subject's tally (a forgotten one counting as none; a change giving null writes
     * nothing): the count before it, or empty when another attempt changed the tally first.
     */
    private Optional<Integer> swap(String subject, Change change) {
        try {
            return transactions.inTransaction(() -> {
                Instant now = clock.instant();
                Optional<FailureTally> stored = failures.find(subject);
                FailureTally live = stored.filter(tally -> tally.forgetAt().isAfter(now))
                        .orElse(new FailureTally(0, now, now));
                FailureTally next = change.apply(live, now);
                return next == null || failures.replace(subject, stored, next)
                        ? Optional.of(live.failures()) : Optional.empty();
            });
        } catch (DomainException e) {
            if (e.errorCode() == SharedErrorCode.CONCURRENT_CHANGE_RETRY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String subject(String kind, String name) {
        String subject = kind + name;
        return subject.length() <= LoginFailures.MAX_SUBJECT_LENGTH ? subject
                : subject.substring(0, LoginFailures.MAX_SUBJECT_LENGTH);
    }

    /** No wait for the free failures, then one that doubles with each further failure, up to the longest. */
    private static Duration waitAfter(int failed, int free) {
        if (failed < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failed - free, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private interface Change {
        FailureTally apply(FailureTally live, Instant now);
    }
}
