package org.b2b.customers.domain.user;

import java.util.Locale;
import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * An email address, kept in lower case: logins and invitations treat addresses case-insensitively, and one
 * stored form makes uniqueness a plain comparison in every store.
 */
public record EmailAddress(String value) {

    /** RFC 5321 limits a path to 254 characters. */
    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;

    /** Besides ASCII letters, digits and inner dots, the characters of an unquoted local part (RFC 5322 atext). */
    private static final String LOCAL_PART_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    public EmailAddress {
        value = parseValue("email", value);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** Parses an address, naming {@code field} when it is not one. */
    public static EmailAddress parse(String field, String text) {
        return new EmailAddress(parseValue(field, text));
    }

    /** Whether the text is an address; for reports that classify many lines without throwing for each. */
    public static boolean isValid(String text) {
        try {
            parseValue("email", text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static String parseValue(String field, String text) {
        String trimmed = PlainText.require(field, text, MAX_LENGTH);
        int at = trimmed.indexOf('@');
        if (at < 0 || !isLocalPart(trimmed, at) || !isDomain(trimmed, at + 1)) {
            throw InvalidInputException.of(field, "invalid_email", "must be an email address such as name@example.com");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the text up to {@code end} is 1 to 64 letters, digits, symbols and dots, with no dot first, last or
     * next to another. A hand-written scan rather than a regular expression, because every address restored
     * from the database passes through here.
     */
    private static boolean isLocalPart(String text, int end) {
        if (end < 1 || end > MAX_LOCAL_PART_LENGTH || text.charAt(0) == '.' || text.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean allowed = c == '.'
                    ? text.charAt(i - 1) != '.' // not at 0: the first character is no dot
                    : AsciiCharacters.isLetterOrDigit(c) || LOCAL_PART_SYMBOLS.indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text from {@code start} is two or more dot-separated labels; a second '@' is in no label. */
    private static boolean isDomain(String text, int start) {
        int labels = 0;
        int labelStart = start;
        while (true) {
            int dot = text.indexOf('.', labelStart);
            int labelEnd = dot < 0 ? text.length() : dot;
            if (!isLabel(text, labelStart, labelEnd)) {
                return false;
            }
            labels++;
            if (dot < 0) {
                return labels >= 2;
            }
            labelStart = dot + 1;
        }
    }

    /** 1 to 63 letters, digits and hyphens, with no hyphen first or last. */
    private static boolean isLabel(String text, int start, int end) {
        int length = end - start;
        if (length < 1 || length > MAX_LABEL_LENGTH || text.charAt(start) == '-' || text.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '-' && !AsciiCharacters.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
