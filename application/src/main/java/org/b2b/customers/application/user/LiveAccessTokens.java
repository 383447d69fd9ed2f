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
import org.b2b.customers.application.port.out.Principals;
import org.b2b.customers.application.port.out.Principals.TokenHolder;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;

/**
 * The API's bearer tokens as stored: only their SHA-256, found by the token presented while it is still live. A fast
 * hash is enough here, unlike for passwords: a token has all the entropy a guesser would have to search.
 */
final class LiveAccessTokens {

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AccessTokens tokens;
    private final Principals principals;
    private final Duration idleTimeout;
    private final Clock clock;

    LiveAccessTokens(AccessTokens tokens, Principals principals, Duration idleTimeout, Clock clock) {
        this.tokens = tokens;
        this.principals = principals;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** The stored token, refused alike when malformed, unknown, expired or idle for too long. */
    AccessToken of(String token) {
        return tokens.findByHash(hashOfWellFormed(token)).filter(this::isLive).orElseThrow(LiveAccessTokens::invalid);
    }

    /** The stored token with the principal it lets act, read together, refused as {@link #of} refuses. */
    TokenHolder holderOf(String token) {
        return principals.byToken(hashOfWellFormed(token)).filter(held -> isLive(held.token()))
                .orElseThrow(LiveAccessTokens::invalid);
    }

    private boolean isLive(AccessToken stored) {
        return stored.isLiveAt(clock.instant(), idleTimeout);
    }

    private static String hashOfWellFormed(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw invalid();
        }
        return hashOf(token);
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
