package org.b2b.customers.domain.invitation;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about invitations and registering through their links. */
public enum InvitationErrorCode implements ErrorCode {
    NOT_FOUND("invitation.not_found"),
    STALE_VERSION("invitation.stale_version"),
    ALREADY_OPEN("invitation.already_open"),
    EXPIRED("invitation.expired"),
    REVOKED("invitation.revoked"),
    ACCEPTED("invitation.accepted"),
    RESEND_LIMIT("invitation.resend_limit"),
    ROLE_UNAVAILABLE("invitation.role_unavailable"),
    REGISTRATION_SIGN_IN_REQUIRED("registration.sign_in_required"),
    REGISTRATION_OTHER_ACCOUNT("registration.other_account");

    private final String value;

    InvitationErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    /** Why an invitation in this status, one that is no longer pending, cannot be used. */
    public static InvitationErrorCode closed(InvitationStatus status) {
        return switch (status) {
            case EXPIRED -> EXPIRED;
            case REVOKED -> REVOKED;
            case ACCEPTED -> ACCEPTED;
            case PENDING -> throw new IllegalArgumentException("a pending invitation is not closed");
        };
    }
}
