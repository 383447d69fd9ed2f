package org.b2b.customers.domain.order;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about orders. */
public enum OrderErrorCode implements ErrorCode {
    NOT_FOUND("order.not_found"),
    STALE_VERSION("order.stale_version"),
    NUMBER_TAKEN("order.number_taken"),
    PLACED_BY_NOT_A_MEMBER("order.placed_by_not_a_member");

    private final String value;

    OrderErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
