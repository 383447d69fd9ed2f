package org.b2b.customers.application.user;

import java.time.Duration;

/**
 * Logs in with an email and password and issues an opaque bearer token for the API. Refusals are those of
 * {@link AuthenticateUseCase}: wrong email and wrong password alike.
 */
public interface IssueAccessTokenUseCase {

    /** How long an issued token lets its user act. */
    Duration TOKEN_LIFETIME = Duration.ofHours(12);

    IssuedAccessToken issue(AuthenticateCommand command);
}
