package org.b2b.customers.domain.group;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about customer groups. */
public enum CustomerGroupErrorCode implements ErrorCode {
    NOT_FOUND("customer_group.not_found"),
    STALE_VERSION("customer_group.stale_version"),
    IDENTIFIER_TAKEN("customer_group.identifier_taken");

    private final String value;

    CustomerGroupErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
