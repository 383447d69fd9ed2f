package org.b2b.customers.domain.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads ids in the one text form we write: 8-4-4-4-12 hex digits. {@link UUID#fromString} alone also takes
 * misplaced dashes, signs and over-long groups, and silently truncates the latter to some other id.
 */
public final class CanonicalUuid {

    private static final Pattern CANONICAL =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private CanonicalUuid() {}

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static UUID parse(String field, String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
        return UUID.fromString(text);
    }
}
