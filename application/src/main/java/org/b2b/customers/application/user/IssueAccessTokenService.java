package org.b2b.customers.application.user;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.support.UseCaseSupport;

/**
 * Hands out a bearer token, once, to a user who signs in: 256 random bits, base64url, stored as
 * {@link LiveAccessTokens#hashOf its hash} only, working for {@link #TOKEN_LIFETIME} at most.
 */
final class IssueAccessTokenService implements IssueAccessTokenUseCase {

    private static final int TOKEN_BYTES = 32;

    private final UseCaseSupport support;
    private final AuthenticateUseCase authentication;
    private final AccessTokens tokens;
    private final SecureRandom random = new SecureRandom();

    IssueAccessTokenService(UseCaseSupport support, AuthenticateUseCase authentication, AccessTokens tokens) {
        this.support = support;
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @Override
    public IssuedAccessToken issue(AuthenticateCommand command) {
        UserView user = authentication.authenticate(command);
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return support.transactions().inTransaction(() -> {
            Instant now = support.clock().instant();
            // Logins are rare next to requests: a good moment to forget tokens nobody can use any more.
            tokens.removeExpired(now);
            AccessToken stored = new AccessToken(LiveAccessTokens.hashOf(token), user.id(), now,
                    now.plus(TOKEN_LIFETIME));
            tokens.add(stored);
            return new IssuedAccessToken(token, stored.expiresAt(), user);
        });
    }
}
