package org.b2b.customers.domain.access;

/** Whom a role is for: the seller's staff, or members of customer companies. */
public enum RoleAudience {
    STAFF,
    CUSTOMER
}
