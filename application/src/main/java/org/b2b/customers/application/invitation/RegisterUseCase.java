package org.b2b.customers.application.invitation;

/**
 * Accepts an invitation through its link: creates the customer user and their membership with the invited role,
 * and uses the link up, all at once and exactly once. If a user in the pool has the invited email, this refuses
 * as unauthenticated ({@code registration.sign_in_required}) without looking at the password: that account accepts
 * through {@link AcceptAsAccountUseCase} once signed in. An email that belongs to a member of a company or to staff
 * is a conflict. Refusals of the link are those of
 * {@link ViewRegistrationUseCase}.
 */
public interface RegisterUseCase {

    Registration register(RegisterCommand command);
}
