package org.b2b.customers.application.port.in.invitation;

/** What the registration page shows the invitee: the company, their email (fixed by the invitation) and role. */
public record RegistrationView(String companyName, String email, String role) {}
