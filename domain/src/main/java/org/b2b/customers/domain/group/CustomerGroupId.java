package org.b2b.customers.domain.group;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

/** Identifies a customer group. */
public record CustomerGroupId(UUID value) {

    public CustomerGroupId {
        requireNonNull(value);
    }

    public static CustomerGroupId random() {
        return new CustomerGroupId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static CustomerGroupId parse(String field, String text) {
        return new CustomerGroupId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
