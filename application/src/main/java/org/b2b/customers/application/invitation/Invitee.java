package org.b2b.customers.application.invitation;

/**
 * One person to invite, as typed: an email and a company role. Neither is checked up front: a wrong email or
 * role is an outcome of its line in the report, not a refusal of the whole request.
 */
public record Invitee(String email, String role) {}
