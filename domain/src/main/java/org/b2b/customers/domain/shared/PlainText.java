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
        if (value.codePoints().anyMatch(PlainText::isHidden)) {
            throw InvalidInputException.of(field, "forbidden_characters",
                    "must not contain control or text-direction characters");
        }
        return value;
    }

    /** {@link String#codePoints()} pairs surrogates, so one seen on its own is half a character. */
    private static boolean isHidden(int c) {
        return Character.isISOControl(c)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}
