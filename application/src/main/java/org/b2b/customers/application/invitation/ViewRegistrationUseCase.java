package org.b2b.customers.application.invitation;

/**
 * Opens a registration link; opening never uses it up. An unknown or malformed token is not found; an expired,
 * revoked or used one is a conflict {@code invitation.expired}, {@code .revoked} or {@code .accepted}; the link of
 * a deactivated company is refused with {@code company.deactivated}. No one is signed in: the token is the key.
 */
public interface ViewRegistrationUseCase {

    RegistrationView view(String token);
}
