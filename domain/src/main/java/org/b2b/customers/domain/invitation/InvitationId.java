package org.b2b.customers.domain.invitation;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

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
        return new InvitationId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
