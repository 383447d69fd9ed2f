package org.b2b.customers.application.invitation;

/**
 * What the registration page shows the invitee: the company, their email (fixed by the invitation) and role. It
 * says nothing of whether the email has an account: whoever holds the link (the inviter can copy it) would learn it.
 */
public record RegistrationView(String companyName, String email, String role) {}
