package org.b2b.customers.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * An email address, kept in lower case: logins and invitations treat addresses case-insensitively, and one
 * stored form makes uniqueness a plain comparison in every store.
 */
public record EmailAddress(String value) {

    /** RFC 5321 limits a path to 254 characters. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

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
        if (!SHAPE.matcher(trimmed).matches() || trimmed.startsWith(".") || trimmed.contains("..")
                || trimmed.substring(0, trimmed.indexOf('@')).endsWith(".")) {
            throw InvalidInputException.of(field, "invalid_email", "must be an email address such as name@example.com");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
