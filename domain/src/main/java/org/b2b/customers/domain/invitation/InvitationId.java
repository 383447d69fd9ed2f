package org.b2b.customers.domain.invitation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Identifies an invitation. */
public record InvitationId(UUID value) {

    public InvitationId {
        requireNonNull(value);
    }

    public static InvitationId random() {
        return new InvitationId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static InvitationId parse(String field, String text) {
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException("not in the canonical 36-character form");
            }
            return new InvitationId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
