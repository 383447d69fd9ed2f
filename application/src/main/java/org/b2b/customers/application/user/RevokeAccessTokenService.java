package org.b2b.customers.application.user;

import org.b2b.customers.application.port.out.AccessTokens;
import org.b2b.customers.application.support.UseCaseSupport;

/** Ends a live bearer token at its holder's request (a logout). */
final class RevokeAccessTokenService implements RevokeAccessTokenUseCase {

    private final UseCaseSupport support;
    private final AccessTokens tokens;
    private final LiveAccessTokens live;

    RevokeAccessTokenService(UseCaseSupport support, AccessTokens tokens, LiveAccessTokens live) {
        this.support = support;
        this.tokens = tokens;
        this.live = live;
    }

    @Override
    public void revoke(String token) {
        support.transactions().inTransaction(() -> tokens.remove(live.of(token).hash()));
    }
}
