package org.b2b.customers.domain.member;

/** A disabled member keeps their place in the company but cannot log in or act. */
public enum MemberStatus {
    ACTIVE,
    DISABLED
}
