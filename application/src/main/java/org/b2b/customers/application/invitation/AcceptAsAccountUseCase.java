package org.b2b.customers.application.invitation;

import org.b2b.customers.domain.user.UserId;

/**
 * Accepts an invitation with the account in the pool that has the invited email, on behalf of that account once it
 * has signed in (with its bearer token, or through the registration page's sign-in, both throttled). No password
 * is taken here: a password check outside the sign-in would be one without its limits. No policy is needed, the
 * invitation being to the account's own address; signed in as another account, the caller is refused; refusals of the link are those of {@link ViewRegistrationUseCase}.
 */
public interface AcceptAsAccountUseCase {

    Registration acceptAs(String token, UserId signedIn);
}
