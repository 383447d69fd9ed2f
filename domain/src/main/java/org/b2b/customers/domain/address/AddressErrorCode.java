package org.b2b.customers.domain.address;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about single addresses. */
public enum AddressErrorCode implements ErrorCode {
    NOT_FOUND("address.not_found"),
    STALE_VERSION("address.stale_version");

    private final String value;

    AddressErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
