package org.b2b.customers.domain.shared;

/** Refusal codes that belong to no one aggregate. */
public enum SharedErrorCode implements ErrorCode {
    INPUT_INVALID("input.invalid"),
    CONCURRENT_CHANGE_RETRY("concurrent_change.retry");

    private final String value;

    SharedErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
