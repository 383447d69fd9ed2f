package org.b2b.customers.domain.group;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** A group of companies that the shop prices alike. */
public record CustomerGroup(CustomerGroupId id, String identifier, String name, PriceRate globalPriceRate, long version) {

    private static final int MAX_IDENTIFIER_LENGTH = 64;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    public CustomerGroup {
        requireNonNull(id);
        identifier = checkIdentifier(identifier);
        name = PlainText.require("name", name, 100);
        requireNonNull(globalPriceRate, "globalPriceRate");
    }

    public static CustomerGroup create(CustomerGroupId id, String identifier, String name, PriceRate rate) {
        return new CustomerGroup(id, identifier, name, rate, 1);
    }

    /**
     * An identifier made from a group's name, for a group created without one: "Großhandel Süd" becomes
     * "grosshandel-sud"; a name without a letter or digit of the Latin alphabet becomes "group".
     */
    public static String identifierFor(String name) {
        String latin = Normalizer.normalize(name.replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String identifier = latin.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (identifier.length() > MAX_IDENTIFIER_LENGTH - 8) {
            identifier = identifier.substring(0, MAX_IDENTIFIER_LENGTH - 8).replaceAll("-+$", "");
        }
        return identifier.isEmpty() ? "group" : identifier;
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
        if (!IDENTIFIER.matcher(trimmed).matches()) {
            throw InvalidInputException.of("identifier", "invalid_identifier",
                    "must be lower-case letters, digits, '-' or '_', such as wholesale-eu");
        }
        return trimmed;
    }
}
