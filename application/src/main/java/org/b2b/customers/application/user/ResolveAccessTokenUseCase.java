package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;

/**
 * Tells who a bearer token lets act. A token that is malformed, unknown, revoked or expired is refused as
 * unauthenticated ({@code auth.invalid_token}), all alike.
 */
public interface ResolveAccessTokenUseCase {

    Actor resolve(String token);

    /** Who a token lets act, as {@link GetCurrentUserUseCase} shows them, read in the same transaction. */
    UserView resolveUser(String token);
}
