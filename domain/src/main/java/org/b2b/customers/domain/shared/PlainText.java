package org.b2b.customers.domain.shared;

import com.google.common.base.CharMatcher;
import java.util.Optional;

/**
 * The checks every short human-entered text goes through: trimmed, not blank, bounded, and free of control and
 * bidirectional-override characters, which could hide or reorder what staff read on screen and in mails, and
 * of unpaired UTF-16 surrogates, which no database or mail can encode.
 */
public final class PlainText {

    /**
     * Control and text-direction characters. Every name and address read back from the database passes here too, so
     * a matcher that looks at each character once serves better than a pattern's union of classes.
     */
    private static final CharMatcher HIDDEN = CharMatcher.javaIsoControl()
            .or(CharMatcher.anyOf("\u061C\u200E\u200F"))
            .or(CharMatcher.inRange('\u202A', '\u202E'))
            .or(CharMatcher.inRange('\u2066', '\u2069'))
            .precomputed();

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
        if (HIDDEN.matchesAnyOf(value) || hasUnpairedSurrogate(value)) {
            throw InvalidInputException.of(field, "forbidden_characters",
                    "must not contain control or text-direction characters");
        }
        return value;
    }

    /** A text's code points join each pair of surrogates, so a surrogate among them is one without its pair. */
    private static boolean hasUnpairedSurrogate(String value) {
        return value.codePoints().anyMatch(point -> point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE);
    }
}
