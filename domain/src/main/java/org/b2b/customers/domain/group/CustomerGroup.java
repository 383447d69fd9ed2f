package org.b2b.customers.domain.group;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** A group of companies that the shop prices alike. */
public record CustomerGroup(CustomerGroupId id, String identifier, String name, PriceRate globalPriceRate, long version) {

    private static final int MAX_IDENTIFIER_LENGTH = 64;

    public CustomerGroup {
        requireNonNull(id);
        identifier = checkIdentifier(identifier);
        name = PlainText.require("name", name, 100);
        requireNonNull(globalPriceRate, "globalPriceRate");
    }

    public static CustomerGroup create(CustomerGroupId id, String identifier, String name, PriceRate rate) {
        return new CustomerGroup(id, identifier, name, rate, 1);
    }

    public CustomerGroup withName(String newName) {
        return new CustomerGroup(id, identifier, newName, globalPriceRate, version);
    }

    public CustomerGroup withGlobalPriceRate(PriceRate newRate) {
        return new CustomerGroup(id, identifier, name, newRate, version);
    }

    public CustomerGroup atVersion(long newVersion) {
        return new CustomerGroup(id, identifier, name, globalPriceRate, newVersion);
    }

    private static String checkIdentifier(String identifier) {
        String trimmed = PlainText.require("identifier", identifier, MAX_IDENTIFIER_LENGTH);
        if (!isIdentifier(trimmed)) {
            throw InvalidInputException.of("identifier", "invalid_identifier",
                    "must be lower-case letters, digits, '-' or '_', such as wholesale-eu");
        }
        return trimmed;
    }

    /**
     * Whether the text is lower-case ASCII letters, digits, '-' and '_', starting with a letter or digit; PlainText
     * has already kept it to 1 to 64 characters. A hand-written scan rather than a regular expression, because
     * every group restored from the database passes through here.
     */
    private static boolean isIdentifier(String text) {
        if (!isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c) && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return AsciiCharacters.isLowerCaseLetter(c) || AsciiCharacters.isDigit(c);
    }
}
