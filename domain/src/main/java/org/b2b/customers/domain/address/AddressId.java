package org.b2b.customers.domain.address;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

/** Identifies an address in a company's address book. */
public record AddressId(UUID value) {

    public AddressId {
        requireNonNull(value);
    }

    public static AddressId random() {
        return new AddressId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static AddressId parse(String field, String text) {
        return new AddressId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
