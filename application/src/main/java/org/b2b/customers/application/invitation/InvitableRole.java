package org.b2b.customers.application.invitation;

/** A role that the inviter may give to the people they invite: its identifier and its name. */
public record InvitableRole(String identifier, String name) {}
