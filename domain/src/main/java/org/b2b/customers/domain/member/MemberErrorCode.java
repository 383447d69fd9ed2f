package org.b2b.customers.domain.member;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about members of a company. */
public enum MemberErrorCode implements ErrorCode {
    NOT_FOUND("member.not_found"),
    STALE_VERSION("member.stale_version"),
    NOT_A_CUSTOMER("member.not_a_customer"),
    USER_IN_COMPANY("member.user_in_company"),
    LAST_COMPANY_ADMIN("member.last_company_admin");

    private final String value;

    MemberErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
