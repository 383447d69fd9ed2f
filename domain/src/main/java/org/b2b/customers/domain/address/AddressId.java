package org.b2b.customers.domain.address;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.InvalidInputException;

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
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException("not in the canonical 36-character form");
            }
            return new AddressId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
