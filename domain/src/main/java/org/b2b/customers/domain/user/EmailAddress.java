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

    /**
     * A local part of 1 to 64 ASCII letters, digits and RFC 5322 atext symbols, with dots only between them, then
     * '@' and two or more labels of 1 to 63 letters, digits and inner hyphens.
     */
    private static final Pattern SHAPE = Pattern.compile("(?=[^@]{1,64}@)"
            + "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        value = PlainText.require("email", value, MAX_LENGTH);
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of("email", "invalid_email", "must be an email address such as name@example.com");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** Parses an address, naming {@code field} when it is not one. */
    public static EmailAddress parse(String field, String text) {
        try {
            return new EmailAddress(text);
        } catch (InvalidInputException e) {
            throw e.named(field);
        }
    }

    /**
     * Whether the text is an address; for reports that classify many lines without throwing for each. The shape
     * holds printable ASCII only, so a text that has it has passed {@link PlainText}'s checks too.
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        return trimmed.length() <= MAX_LENGTH && SHAPE.matcher(trimmed).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
