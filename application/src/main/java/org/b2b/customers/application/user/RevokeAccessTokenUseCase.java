package org.b2b.customers.application.user;

/**
 * Logs out: the bearer token stops working at once. A token that works no longer is refused as for
 * {@link ResolveAccessTokenUseCase}.
 */
public interface RevokeAccessTokenUseCase {

    void revoke(String token);
}
