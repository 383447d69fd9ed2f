package org.b2b.customers.domain.user;

import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** A telephone number as people write it: digits with optional +, spaces, dots, dashes, slashes and parentheses. */
public record PhoneNumber(String value) {

    private static final int MAX_LENGTH = 32;

    /** An optional '+', then ASCII digits and separators, at least four of them digits. */
    private static final Pattern SHAPE = Pattern.compile("\\+?(?:[ ()./-]*[0-9]){4}[0-9 ()./-]*");

    public PhoneNumber {
        value = PlainText.require("phone", value, MAX_LENGTH);
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of("phone", "invalid_phone", "must be a telephone number such as +49 30 1234567");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
