package org.b2b.customers.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.b2b.customers.web.RequestRefused;

/**
 * Slows password guessing on one account: after {@value #MAX_FAILURES} failed logins for an email within
 * {@link #WINDOW}, further attempts for that email are refused (429) until the oldest of those failures is older
 * than the window — whether the password would be right or not, and whether the account exists or not, so that
 * the refusal tells nothing. Kept in memory: it protects one server; several servers behind a load balancer each
 * count on their own. The flip side of any per-account limit: a guesser can keep one account's owner out for as
 * long as they keep guessing.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many tracked emails, the ones with no recent failure are forgotten, so memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Refuses the attempt when the email has failed too often lately. */
    public void check(String email) {
        Deque<Instant> recent = failures.get(keyOf(email));
        if (recent == null) {
            return;
        }
        Instant now = clock.instant();
        synchronized (recent) {
            forgetOld(recent, now);
            if (recent.size() >= MAX_FAILURES) {
                long seconds = Math.max(1, Duration.between(now, recent.peekFirst().plus(WINDOW)).toSeconds());
                throw RequestRefused.of(429, "too-many-logins", "Too many failed logins",
                        "Too many failed logins for this email; try again in " + seconds + " seconds.",
                        "auth.too_many_attempts").retryAfter(seconds);
            }
        }
    }

    public void failed(String email) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(keyOf(email), key -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    public void succeeded(String email) {
        failures.remove(keyOf(email));
    }

    private static void forgetOld(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static String keyOf(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
