package org.b2b.customers.domain.user;

import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** A telephone number as people write it: digits with optional +, spaces, dots, dashes, slashes and parentheses. */
public record PhoneNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ().\\-/]{4,32}");

    public PhoneNumber {
        value = PlainText.require("phone", value, 32);
        if (!SHAPE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 4) {
            throw InvalidInputException.of("phone", "invalid_phone", "must be a telephone number such as +49 30 1234567");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
