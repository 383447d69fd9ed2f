package org.b2b.customers.domain.history;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.CanonicalUuid;

/** Identifies a history entry. */
public record HistoryEntryId(UUID value) {

    public HistoryEntryId {
        requireNonNull(value);
    }

    public static HistoryEntryId random() {
        return new HistoryEntryId(UUID.randomUUID());
    }

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static HistoryEntryId parse(String field, String text) {
        return new HistoryEntryId(CanonicalUuid.parse(field, text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
