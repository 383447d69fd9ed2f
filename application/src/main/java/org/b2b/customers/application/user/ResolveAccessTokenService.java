package org.b2b.customers.application.user;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AccessToken;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;
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
    private final UserViews views;

    ResolveAccessTokenService(UseCaseSupport support, Users users, AccessTokens tokens, LiveAccessTokens live,
            UserViews views) {
        this.support = support;
        this.users = users;
        this.tokens = tokens;
        this.live = live;
        this.views = views;
    }

    @Override
    public Actor resolve(String token) {
        return Actor.of(signedIn(token, user -> null).userId());
    }

    @Override
    public UserView resolveUser(String token) {
        return signedIn(token, views::of).view();
    }

    /** The token's user, once they may still sign in, and what {@code viewed} makes of them in the same transaction. */
    private SignedIn signedIn(String token, Function<User, UserView> viewed) {
        Optional<SignedIn> signedIn = support.transactions().inTransaction(() -> {
            AccessToken stored = live.of(token);
            Optional<User> user = users.find(stored.userId()).filter(support.access()::maySignIn);
            if (user.isEmpty()) {
                // Forgotten at once and committed: no later reactivation may bring this token back.
                tokens.remove(stored.hash());
                return Optional.<SignedIn>empty();
            }
            Instant now = support.clock().instant();
            if (stored.needsUseRecorded(now)) {
                tokens.recordUse(stored.hash(), now);
            }
            return Optional.of(new SignedIn(stored.userId(), viewed.apply(user.get())));
        });
        return signedIn.orElseThrow(ResolveAccessTokenService::noPortalAccess);
    }

    /** Who a token lets act, and their view where one was asked for. */
    private record SignedIn(UserId userId, UserView view) {}

    private static DomainException noPortalAccess() {
        return DomainException.unauthenticated(UserErrorCode.AUTH_NO_PORTAL_ACCESS,
                "The account may no longer sign in (disabled, removed from its company, or its company deactivated); "
                        + "the access token has been revoked.");
    }
}
