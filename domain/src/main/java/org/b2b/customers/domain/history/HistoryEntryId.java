package org.b2b.customers.domain.history;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.b2b.customers.domain.shared.InvalidInputException;

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
        try {
            if (text == null || text.length() != 36) {
                throw new IllegalArgumentException("not in the canonical 36-character form");
            }
            return new HistoryEntryId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
