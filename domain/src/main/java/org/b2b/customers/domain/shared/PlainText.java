package org.b2b.customers.domain.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks every short human-entered text goes through: trimmed, not blank, bounded, and free of control and
 * bidirectional-override characters, which could hide or reorder what staff read on screen and in mails, and
 * of unpaired UTF-16 surrogates, which no database or mail can encode.
 */
public final class PlainText {

    /**
     * Control and text-direction characters, and surrogates: a pattern reads a text by code points, so a surrogate
     * it meets is one without its pair.
     */
    private static final Pattern HIDDEN =
            Pattern.compile("[\\p{Cc}\\x{061C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{D800}-\\x{DFFF}]");

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
        if (HIDDEN.matcher(value).find()) {
            throw InvalidInputException.of(field, "forbidden_characters",
                    "must not contain control or text-direction characters");
        }
        return value;
    }
}
