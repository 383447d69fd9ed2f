package org.b2b.customers.domain.access;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes of access control. */
public enum AccessErrorCode implements ErrorCode {
    DENIED("access.denied");

    private final String value;

    AccessErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
