package org.b2b.customers.domain.shared;

import static java.util.Objects.requireNonNull;

/** One invalid input field: its name (a dotted path for nested input), a stable code and a message for people. */
public record FieldError(String field, String code, String message) {

    public FieldError {
        requireNonNull(field);
        requireNonNull(code);
        requireNonNull(message);
    }

    /** The same error under a parent field, so that {@code country} inside a billing address reads {@code billingAddress.country}. */
    public FieldError under(String parent) {
        return new FieldError(parent + "." + field, code, message);
    }
}
