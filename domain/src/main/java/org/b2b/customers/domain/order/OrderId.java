package org.b2b.customers.domain.order;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

/** Identifies a recorded order. */
public record OrderId(UUID value) {

    public OrderId {
        requireNonNull(value);
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static OrderId parse(String field, String text) {
        return new OrderId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
