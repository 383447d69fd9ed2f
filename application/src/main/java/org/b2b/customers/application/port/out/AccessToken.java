package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.regex.Pattern;
import org.b2b.customers.domain.user.UserId;

/**
 * An issued bearer token as it is stored: the SHA-256 of the token (hex), never the token itself, the user it
 * lets act, and when it was issued and stops working.
 */
public record AccessToken(String hash, UserId userId, Instant issuedAt, Instant expiresAt) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public AccessToken {
        if (hash == null || !SHA_256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("an access token is stored as the lower-case hex of its SHA-256");
        }
        requireNonNull(userId);
        requireNonNull(issuedAt);
        requireNonNull(expiresAt);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an access token expires after it is issued");
        }
    }

    /** Whether the token still lets its user act at {@code now}. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
