package org.b2b.customers.domain.shared;

import java.util.Optional;

/**
 * The checks every short human-entered text goes through: trimmed, not blank, bounded, and free of control and
 * bidirectional-override characters, which could hide or reorder what staff read on screen and in mails, and
 * of unpaired UTF-16 surrogates, which no database or mail can encode.
 */
public final class PlainText {

    private PlainText() {}

    /** A required text of at most {@code maxLength} characters, trimmed. */
    public static String require(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "required", "must not be blank");
        }
        return check(field, value.strip(), maxLength);
    }

    /** An optional text: blank means absent. */
    public static Optional<String> optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(check(field, value.strip(), maxLength));
    }

    private static String check(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw InvalidInputException.of(field, "too_long", "must be at most " + maxLength + " characters");
        }
        if (containsHidden(value)) {
            throw InvalidInputException.of(field, "forbidden_characters",
                    "must not contain control or text-direction characters");
        }
        return value;
    }

    /**
     * Whether the text holds a hidden character, read as {@link String#codePoints()} reads it: a surrogate pair is
     * one character beyond the basic plane, where nothing is hidden, and a surrogate on its own is half a
     * character. A loop over chars, because texts restored from the database all pass through here.
     */
    private static boolean containsHidden(String value) {
        int length = value.length();
        int i = 0;
        while (i < length) {
            char c = value.charAt(i);
            if (c >= ' ' && c <= '~') {
                i++; // printable ASCII, most of every text, is never hidden
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i += 2;
            } else if (isHidden(c)) {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    /** Reached only by a char that is not part of a surrogate pair, so a surrogate here is half a character. */
    private static boolean isHidden(char c) {
        return Character.isISOControl(c)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || Character.isSurrogate(c);
    }
}
