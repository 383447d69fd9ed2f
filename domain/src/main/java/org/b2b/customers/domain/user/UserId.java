package org.b2b.customers.domain.user;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

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
        return new UserId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
