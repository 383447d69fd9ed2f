package org.b2b.customers.domain.invitation;

/** Where an invitation stands: pending until accepted, revoked, or past its expiry. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    REVOKED,
    EXPIRED
}
