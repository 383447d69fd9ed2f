package org.b2b.customers.domain.company;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

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
        return new MemberId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
