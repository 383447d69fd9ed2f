package org.b2b.customers.application.invitation;

/** What became of one line of a bulk invitation. */
public enum InvitationOutcome {
    /** Invited and sent a mail; an expired invitation of the same person was renewed. */
    INVITED,
    /** The line holds no email address. */
    INVALID_EMAIL,
    /**
     * The email belongs to someone who can never accept: a member of this company or, told to staff only, of another
     * one (a user is a member of one company at most) or a staff user. A customer inviting such an address of
     * another company or of staff learns nothing about it: the address is invited as an unknown one.
     */
    ALREADY_MEMBER,
    /** A pending invitation of this email to this company exists already. */
    ALREADY_INVITED,
    /** An earlier line of the same request or file has the same email. */
    DUPLICATE,
    /** The role does not exist or is not one that company members can hold. */
    UNKNOWN_ROLE,
    /** The role grants more than the inviter's own role: a member may give only what they hold themselves. */
    ROLE_NOT_GIVABLE
}
