package org.b2b.customers.application.user;

import org.b2b.customers.application.common.Actor;

/**
 * Tells who a bearer token lets act. A token that is malformed, unknown, revoked or expired is refused as
 * unauthenticated ({@code auth.invalid_token}), all alike.
 */
public interface ResolveAccessTokenUseCase {

    /** Who a token lets act, with their access as just read, which the request's use cases then check. */
    Actor resolve(String token);

    /** {@link #resolve}, and the user as {@link GetCurrentUserUseCase} shows them, read in the same statement. */
    ResolvedUser resolveUser(String token);
}
