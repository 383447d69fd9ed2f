package org.b2b.customers.domain.company;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

/** Identifies a company. */
public record CompanyId(UUID value) {

    public CompanyId {
        requireNonNull(value);
    }

    public static CompanyId random() {
        return new CompanyId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static CompanyId parse(String field, String text) {
        return new CompanyId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
