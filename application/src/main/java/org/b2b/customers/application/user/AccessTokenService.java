package org.b2b.customers.application.user;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.AuthenticateUseCase;
import org.b2b.customers.application.user.IssueAccessTokenUseCase;
import org.b2b.customers.application.user.IssuedAccessToken;
import org.b2b.customers.application.user.ResolveAccessTokenUseCase;
import org.b2b.customers.application.user.RevokeAccessTokenUseCase;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.user.UserErrorCode;

/**
 * The API's bearer tokens: 256 random bits, base64url, handed out once and stored as their SHA-256 only. A fast
 * hash is enough here, unlike for passwords: a token has all the entropy a guesser would have to search. A token
 * works for 12 hours at most and stops after the idle timeout without use; every use checks again that its user
 * may still sign in, so a token never outlives the right it was issued for.
 */
final class AccessTokenService implements IssueAccessTokenUseCase, ResolveAccessTokenUseCase,
        RevokeAccessTokenUseCase {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Transactions transactions;
    private final AuthenticateUseCase authentication;
    private final AccessControl access;
    private final Users users;
    private final AccessTokens tokens;
    private final Duration idleTimeout;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokenService(Transactions transactions, AuthenticateUseCase authentication, AccessControl access,
            Users users, AccessTokens tokens, Duration idleTimeout, Clock clock) {
        this.transactions = transactions;
        this.authentication = authentication;
        this.access = access;
        this.users = users;
        this.tokens = tokens;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    @Override
    public IssuedAccessToken issue(AuthenticateCommand command) {
        UserView user = authentication.authenticate(command);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            // Logins are rare next to requests: a good moment to forget tokens nobody can use any more.
            tokens.removeExpired(now);
            AccessToken stored = new AccessToken(hashOf(token), user.id(), now, now.plus(TOKEN_LIFETIME));
            tokens.add(stored);
            return new IssuedAccessToken(token, stored.expiresAt(), user);
        });
    }

    @Override
    public Actor resolve(String token) {
        Optional<Actor> actor = transactions.inTransaction(() -> {
            AccessToken stored = live(token);
            if (!users.find(stored.userId()).map(access::maySignIn).orElse(false)) {
                // Forgotten at once and committed: no later reactivation may bring this token back.
                tokens.remove(stored.hash());
                return Optional.<Actor>empty();
            }
            Instant now = clock.instant();
            if (stored.needsUseRecorded(now)) {
                tokens.recordUse(stored.hash(), now);
            }
            return Optional.of(Actor.of(stored.userId()));
        });
        return actor.orElseThrow(AccessTokenService::noPortalAccess);
    }

    @Override
    public void revoke(String token) {
        transactions.inTransaction(() -> tokens.remove(live(token).hash()));
    }

    private AccessToken live(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw invalid();
        }
        return tokens.findByHash(hashOf(token))
                .filter(stored -> stored.isLiveAt(clock.instant(), idleTimeout))
                .orElseThrow(AccessTokenService::invalid);
    }

    private static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static DomainException noPortalAccess() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, UserErrorCode.AUTH_NO_PORTAL_ACCESS,
                "The account may no longer sign in (disabled, removed from its company, or its company deactivated); "
                        + "the access token has been revoked.");
    }

    private static DomainException invalid() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, UserErrorCode.AUTH_INVALID_TOKEN,
                "The access token is unknown, revoked or expired; log in again.");
    }
}
