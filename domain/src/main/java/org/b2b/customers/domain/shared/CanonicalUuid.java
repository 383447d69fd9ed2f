package org.b2b.customers.domain.shared;

import java.util.UUID;

/**
 * Reads ids in the one text form we write: 8-4-4-4-12 hex digits. {@link UUID#fromString} alone also takes
 * misplaced dashes, signs and over-long groups, and silently truncates the latter to some other id.
 */
public final class CanonicalUuid {

    private static final int LENGTH = 36;

    private CanonicalUuid() {}

    /** Parses the text form, naming {@code field} when it is not a UUID. */
    public static UUID parse(String field, String text) {
        if (text == null || !isCanonical(text)) {
            throw InvalidInputException.of(field, "invalid_id", "must be a UUID");
        }
        return UUID.fromString(text);
    }

    /**
     * Whether the text is 36 characters with dashes at 8, 13, 18 and 23 and ASCII hex digits elsewhere. A
     * hand-written scan rather than a regular expression, because the ids in every request's path pass through
     * here.
     */
    private static boolean isCanonical(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean dashed = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashed ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return AsciiCharacters.isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
