package org.b2b.customers.application.user;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;

/**
 * The API's bearer tokens as stored: only their SHA-256, found by the token presented while it is still live. A fast
 * hash is enough here, unlike for passwords: a token has all the entropy a guesser would have to search.
 */
final class LiveAccessTokens {

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AccessTokens tokens;
    private final Duration idleTimeout;
    private final Clock clock;

    LiveAccessTokens(AccessTokens tokens, Duration idleTimeout, Clock clock) {
        this.tokens = tokens;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** The stored token, refused alike when malformed, unknown, expired or idle for too long. */
    AccessToken of(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw invalid();
        }
        return tokens.findByHash(hashOf(token))
                .filter(stored -> stored.isLiveAt(clock.instant(), idleTimeout))
                .orElseThrow(LiveAccessTokens::invalid);
    }

    /** What is stored of a token in place of the token itself. */
    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static DomainException invalid() {
        return DomainException.unauthenticated(UserErrorCode.AUTH_INVALID_TOKEN,
                "The access token is unknown, revoked or expired; log in again.");
    }
}
