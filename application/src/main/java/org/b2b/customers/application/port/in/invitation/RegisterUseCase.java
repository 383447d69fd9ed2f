package org.b2b.customers.application.port.in.invitation;

/**
 * Accepts an invitation through its link: creates the customer user and their membership with the invited role,
 * and uses the link up, all at once and exactly once. If a user in the pool has the invited email, they accept
 * with their own password (a wrong one is refused as unauthenticated) and no second account is made. An email
 * that belongs to a member of a company or to staff is a conflict. Refusals of the link are those of
 * {@link ViewRegistrationUseCase}.
 */
public interface RegisterUseCase {

    Registration register(RegisterCommand command);
}
