package org.b2b.customers.application.port.in.invitation;

/**
 * What the registration page shows the invitee: the company, their email (fixed by the invitation) and role, and
 * whether an account with that email exists already, in which case its password is asked for instead of a new one.
 */
public record RegistrationView(String companyName, String email, String role, boolean existingAccount) {}
