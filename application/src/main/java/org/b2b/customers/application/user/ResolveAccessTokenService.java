package org.b2b.customers.application.user;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.port.out.Principal;
import org.b2b.customers.application.port.out.Principals.TokenHolder;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;

/**
 * Tells who acts with a bearer token. Every use checks again that the token's user may still sign in, so a token
 * never outlives the right it was issued for, and records the use, which keeps the token from idling out. The token,
 * its user and all that decides their access come in one statement; the use is written at most once a minute.
 */
final class ResolveAccessTokenService implements ResolveAccessTokenUseCase {

    private final UseCaseSupport support;
    private final AccessTokens tokens;
    private final LiveAccessTokens live;

    ResolveAccessTokenService(UseCaseSupport support, AccessTokens tokens, LiveAccessTokens live) {
        this.support = support;
        this.tokens = tokens;
        this.live = live;
    }

    @Override
    public Actor resolve(String token) {
        return signedIn(token).actor();
    }

    @Override
    public ResolvedUser resolveUser(String token) {
        SignedIn signedIn = signedIn(token);
        Principal principal = signedIn.principal();
        return new ResolvedUser(signedIn.actor(), UserViews.of(principal.user(), principal.membership()));
    }

    /** The token's user, once they may still sign in. */
    private SignedIn signedIn(String token) {
        // Each statement commits by itself: the read needs no transaction, and each write may stand alone.
        Optional<SignedIn> signedIn = support.transactions().autoCommitted(() -> {
            TokenHolder held = live.holderOf(token);
            Optional<Actor> actor = support.access().signedIn(held.principal());
            if (actor.isEmpty()) {
                // Forgotten at once: no later reactivation may bring this token back.
                tokens.remove(held.token().hash());
                return Optional.<SignedIn>empty();
            }
            Instant now = support.clock().instant();
            if (held.token().needsUseRecorded(now)) {
                tokens.recordUse(held.token().hash(), now);
            }
            return Optional.of(new SignedIn(actor.get(), held.principal()));
        });
        return signedIn.orElseThrow(ResolveAccessTokenService::noPortalAccess);
    }

    /** A user who may still sign in, as the request's use cases get them and as read. */
    private record SignedIn(Actor actor, Principal principal) {}

    private static DomainException noPortalAccess() {
        return DomainException.unauthenticated(UserErrorCode.AUTH_NO_PORTAL_ACCESS,
                "The account may no longer sign in (disabled, removed from its company, or its company deactivated); "
                        + "the access token has been revoked.");
    }
}
