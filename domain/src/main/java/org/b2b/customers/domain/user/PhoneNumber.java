package org.b2b.customers.domain.user;

import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** A telephone number as people write it: digits with optional +, spaces, dots, dashes, slashes and parentheses. */
public record PhoneNumber(String value) {

    private static final int MAX_LENGTH = 32;
    private static final int MIN_DIGITS = 4;
    private static final String SEPARATORS = " ().-/";

    public PhoneNumber {
        value = PlainText.require("phone", value, MAX_LENGTH);
        if (!isPhoneNumber(value)) {
            throw InvalidInputException.of("phone", "invalid_phone", "must be a telephone number such as +49 30 1234567");
        }
    }

    /**
     * Whether the text is an optional '+' followed by ASCII digits and separators, at least four of them digits;
     * the four digits and the limit on the whole text also keep the part after the '+' at 4 to 32 characters. A
     * hand-written scan rather than a regular expression, because every number restored from the database
     * passes through here.
     */
    private static boolean isPhoneNumber(String text) {
        int digits = 0;
        for (int i = text.startsWith("+") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (AsciiCharacters.isDigit(c)) {
                digits++;
            } else if (SEPARATORS.indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= MIN_DIGITS;
    }

    @Override
    public String toString() {
        return value;
    }
}
