package org.b2b.customers.domain.user;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about users and how they authenticate. */
public enum UserErrorCode implements ErrorCode {
    NOT_FOUND("user.not_found"),
    STALE_VERSION("user.stale_version"),
    EMAIL_TAKEN("user.email_taken"),
    NOT_A_CUSTOMER("user.not_a_customer"),
    UNKNOWN("user.unknown"),
    AUTH_INVALID_CREDENTIALS("auth.invalid_credentials"),
    AUTH_NO_PORTAL_ACCESS("auth.no_portal_access"),
    AUTH_INVALID_TOKEN("auth.invalid_token"),
    AUTH_TOKEN_MISSING("auth.token_missing");

    private final String value;

    UserErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
