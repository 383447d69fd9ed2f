package org.b2b.customers.domain.member;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Identifies a membership of a user in a company. */
public record MemberId(UUID value) {

    public MemberId {
        requireNonNull(value);
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static MemberId parse(String field, String text) {
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException("not in the canonical 36-character form");
            }
            return new MemberId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
