package org.b2b.customers.domain.company;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * A company's tax identifier, normalised to upper case without spaces, dots or dashes so that "de 123.456.789"
 * and "DE123456789" are the same company.
 *
 * <p>An identifier that starts with the VAT prefix of one of these countries must have that country's VAT
 * number format: AT, BE, CZ, DE, DK, EL (Greece), ES, FI, FR, GB, IE, IT, LU, NL, PL, PT, SE. Any other
 * identifier (a US EIN, a national number) is accepted as 4 to 20 letters and digits.
 */
public record TaxId(String value) {

    private static final Map<String, Pattern> VAT_FORMATS = ImmutableMap.<String, Pattern>builder()
            .put("AT", Pattern.compile("ATU\\d{8}"))
            .put("BE", Pattern.compile("BE[01]\\d{9}"))
            .put("CZ", Pattern.compile("CZ\\d{8,10}"))
            .put("DE", Pattern.compile("DE\\d{9}"))
            .put("DK", Pattern.compile("DK\\d{8}"))
            .put("EL", Pattern.compile("EL\\d{9}"))
            .put("ES", Pattern.compile("ES[A-Z0-9]\\d{7}[A-Z0-9]"))
            .put("FI", Pattern.compile("FI\\d{8}"))
            .put("FR", Pattern.compile("FR[A-HJ-NP-Z0-9]{2}\\d{9}"))
            .put("GB", Pattern.compile("GB(\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})"))
            .put("IE", Pattern.compile("IE(\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W])"))
            .put("IT", Pattern.compile("IT\\d{11}"))
            .put("LU", Pattern.compile("LU\\d{8}"))
            .put("NL", Pattern.compile("NL\\d{9}B\\d{2}"))
            .put("PL", Pattern.compile("PL\\d{10}"))
            .put("PT", Pattern.compile("PT\\d{9}"))
            .put("SE", Pattern.compile("SE\\d{10}01"))
            .build();

    private static final int MIN_GENERIC_LENGTH = 4;
    private static final int MAX_GENERIC_LENGTH = 20;

    public TaxId {
        value = normalise("taxId", value);
    }

    public static TaxId parse(String field, String text) {
        return new TaxId(normalise(field, text));
    }

    /** The normalised form of a text, or the text itself upper-cased when it could not be a tax ID; for search. */
    public static String searchKey(String text) {
        return withoutSeparators(text).toUpperCase(Locale.ROOT);
    }

    /** The countries whose VAT number format is checked. */
    public static java.util.Set<String> checkedCountries() {
        return VAT_FORMATS.keySet();
    }

    private static String normalise(String field, String text) {
        String normal = searchKey(PlainText.require(field, text, 40));
        Pattern vat = normal.length() >= 2 ? VAT_FORMATS.get(normal.substring(0, 2)) : null;
        if (vat != null) {
            if (!vat.matcher(normal).matches()) {
                throw InvalidInputException.of(field, "invalid_vat_format",
                        "is not a valid " + normal.substring(0, 2) + " VAT number");
            }
        } else if (!isGeneric(normal)) {
            throw InvalidInputException.of(field, "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        return normal;
    }

    /**
     * The text without separators; a text with none, such as every stored identifier, is returned without a copy.
     * A hand-written scan rather than a regular expression, because every tax ID restored from the database
     * passes through here.
     */
    private static String withoutSeparators(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !isSeparator(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder kept = new StringBuilder(length - 1).append(text, 0, first);
        for (int i = first + 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isSeparator(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * What {@code [\s.\-]} matched: Java's {@code \s} is only the ASCII space, tab, line feed, vertical tab, form
     * feed and carriage return, the last five of which are consecutive.
     */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || (c >= '\t' && c <= '\r');
    }

    /** 4 to 20 ASCII upper-case letters and digits. */
    private static boolean isGeneric(String normal) {
        int length = normal.length();
        if (length < MIN_GENERIC_LENGTH || length > MAX_GENERIC_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = normal.charAt(i);
            if (!AsciiCharacters.isUpperCaseLetter(c) && !AsciiCharacters.isDigit(c)) {
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
