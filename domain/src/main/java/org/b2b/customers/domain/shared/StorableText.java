package org.b2b.customers.domain.shared;

/**
 * The rule every text the system takes keeps, whatever it is for (a name, a search, a token, a password): no NUL
 * character, which PostgreSQL cannot hold in a text and C-based tools read as the text's end, and no unpaired UTF-16
 * surrogate, which UTF-8 cannot encode. Texts that people read keep {@link PlainText}'s stricter rules besides.
 */
public final class StorableText {

    /** The code of the refusal; the same as {@link PlainText}'s for hidden characters. */
    public static final String CODE = "forbidden_characters";
    public static final String MESSAGE = "must not contain NUL or unpaired surrogate characters";

    private StorableText() {}

    /** Whether the text keeps the rule; {@code null} holds no character at all. */
    public static boolean isStorable(String text) {
        if (text == null) {
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text as it is, or a refusal naming the field. */
    public static String require(String field, String text) {
        if (!isStorable(text)) {
            throw InvalidInputException.of(field, CODE, MESSAGE);
        }
        return text;
    }
}
