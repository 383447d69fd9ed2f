package org.b2b.customers.domain.user;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Identifies a user, staff or customer. */
public record UserId(UUID value) {

    public UserId {
        requireNonNull(value);
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static UserId parse(String field, String text) {
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException("not in the canonical 36-character form");
            }
            return new UserId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
