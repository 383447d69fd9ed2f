package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.b2b.customers.domain.user.UserId;

/**
 * An issued bearer token as it is stored: the SHA-256 of the token (hex), never the token itself, the user it
 * lets act, when it was issued and stops working, and when it was last used (to the minute, see
 * {@link #needsUseRecorded}).
 */
public record AccessToken(String hash, UserId userId, Instant issuedAt, Instant expiresAt, Instant lastUsedAt) {

    /** How stale the recorded last use may get before a request records it again. */
    public static final Duration USE_RECORDING_GRANULARITY = Duration.ofMinutes(1);

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public AccessToken {
        if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("an access token is stored as the lower-case hex of its SHA-256");
        }
        requireNonNull(userId);
        requireNonNull(issuedAt);
        requireNonNull(expiresAt);
        requireNonNull(lastUsedAt);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an access token expires after it is issued");
        }
    }

    /** A token just issued, whose issuing counts as its first use. */
    public AccessToken(String hash, UserId userId, Instant issuedAt, Instant expiresAt) {
        this(hash, userId, issuedAt, expiresAt, issuedAt);
    }

    /** Whether the token is within its lifetime at {@code now}, however long it has been idle. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Whether the token still lets its user act at {@code now}: within its lifetime and not idle too long. */
    public boolean isLiveAt(Instant now, Duration idleTimeout) {
        return isLiveAt(now) && now.isBefore(lastUsedAt.plus(idleTimeout));
    }

    /**
     * Whether a use at {@code now} should be written down: only once the recorded use is a minute old, so that
     * a client's burst of requests costs one write, and the idle timeout is at most that minute short.
     */
    public boolean needsUseRecorded(Instant now) {
        return !now.isBefore(lastUsedAt.plus(USE_RECORDING_GRANULARITY));
    }
}
