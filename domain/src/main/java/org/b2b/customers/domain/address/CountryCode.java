package org.b2b.customers.domain.address;

import java.util.Locale;
import java.util.Set;
import org.b2b.customers.domain.shared.InvalidInputException;

/** An ISO 3166-1 alpha-2 country code, in upper case. */
public record CountryCode(String value) {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public CountryCode {
        value = check("country", value);
    }

    public static CountryCode parse(String field, String text) {
        return new CountryCode(check(field, text));
    }

    private static String check(String field, String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!CODES.contains(code)) {
            throw InvalidInputException.of(field, "invalid_country", "must be an ISO 3166-1 alpha-2 country code such as DE");
        }
        return code;
    }

    @Override
    public String toString() {
        return value;
    }
}
