package org.b2b.customers.domain.shared;

/** The kind of a refusal, which adapters map to their own vocabulary (an HTTP status, say). */
public enum ErrorKind {
    /** The input is malformed or out of range; nothing was changed. */
    INVALID,
    /** The thing does not exist, or the caller may not know that it exists. */
    NOT_FOUND,
    /** The input is well formed but clashes with the current state (a duplicate, a stale version). */
    CONFLICT,
    /**
     * The thing existed but is over for good: a used, revoked or expired registration link, or one of a deactivated
     * company.
     */
    GONE,
    /** A business rule refuses the change (the contact person cannot be removed, say). */
    RULE_VIOLATED,
    /** The caller is known but lacks the policy. */
    FORBIDDEN,
    /** The caller could not be identified. */
    UNAUTHENTICATED,
    /** The action was done too often lately; it is possible again later ({@link TooSoonException} says when). */
    TOO_SOON
}
