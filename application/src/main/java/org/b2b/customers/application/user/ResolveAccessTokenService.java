package org.b2b.customers.application.user;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;

/**
 * Tells who acts with a bearer token. Every use checks again that the token's user may still sign in, so a token
 * never outlives the right it was issued for, and records the use, which keeps the token from idling out.
 */
final class ResolveAccessTokenService implements ResolveAccessTokenUseCase {

    private final UseCaseSupport support;
    private final Users users;
    private final AccessTokens tokens;
    private final LiveAccessTokens live;

    ResolveAccessTokenService(UseCaseSupport support, Users users, AccessTokens tokens, LiveAccessTokens live) {
        this.support = support;
        this.users = users;
        this.tokens = tokens;
        this.live = live;
    }

    @Override
    public Actor resolve(String token) {
        Optional<Actor> actor = support.transactions().inTransaction(() -> {
            AccessToken stored = live.of(token);
            if (!users.find(stored.userId()).map(support.access()::maySignIn).orElse(false)) {
                // Forgotten at once and committed: no later reactivation may bring this token back.
                tokens.remove(stored.hash());
                return Optional.<Actor>empty();
            }
            Instant now = support.clock().instant();
            if (stored.needsUseRecorded(now)) {
                tokens.recordUse(stored.hash(), now);
            }
            return Optional.of(Actor.of(stored.userId()));
        });
        return actor.orElseThrow(ResolveAccessTokenService::noPortalAccess);
    }

    private static DomainException noPortalAccess() {
        return DomainException.unauthenticated(UserErrorCode.AUTH_NO_PORTAL_ACCESS,
                "The account may no longer sign in (disabled, removed from its company, or its company deactivated); "
                        + "the access token has been revoked.");
    }
}
