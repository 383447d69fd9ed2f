package org.b2b.customers.domain.company;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * A company's tax identifier, normalised to upper case without spaces, dots or dashes so that "de 123.456.789"
 * and "DE123456789" are the same company. No-break spaces and typographic dashes count as separators too.
 *
 * <p>An identifier is written in ASCII: any other character is refused, including letters that upper-case to
 * ASCII ones, such as ß to "SS", the ligature ﬁ to "FI", the dotless ı to "I" or the long ſ to "S", which would
 * otherwise turn a text into a different, valid identifier.
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

    /**
     * The fewest characters of a search text, normalised, that match tax IDs by prefix; a shorter text matches only
     * a whole ID ({@link TaxIdSearch}). "DE" or "DE1" would match most German companies, and a database must then sort them all by name.
     */
    public static final int MIN_SEARCH_PREFIX = 6;

    private static final int MIN_GENERIC_LENGTH = 4;
    private static final int MAX_GENERIC_LENGTH = 20;

    public TaxId {
        value = normalise("taxId", value);
    }

    public static TaxId parse(String field, String text) {
        return new TaxId(normalise(field, text));
    }

    /**
     * The text normalised as tax IDs are, for search: without separators and with its ASCII letters upper-cased.
     * Other characters are kept as they are, so a text with one outside ASCII finds no stored ID.
     */
    public static String searchKey(String text) {
        return withAsciiUpperCase(withoutSeparators(text));
    }

    /** The countries whose VAT number format is checked. */
    public static java.util.Set<String> checkedCountries() {
        return VAT_FORMATS.keySet();
    }

    private static String normalise(String field, String text) {
        String normal = searchKey(PlainText.require(field, text, 40));
        Pattern vat = normal.length() >= 2 ? VAT_FORMATS.get(normal.substring(0, 2)) : null;
        // A character outside ASCII is no part of any format, so even after a VAT prefix it gets the message that
        // names what an identifier is made of rather than one about the country's format.
        if (!isAscii(normal) || (vat == null && !isGeneric(normal))) {
            throw InvalidInputException.of(field, "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        if (vat != null && !vat.matcher(normal).matches()) {
            throw InvalidInputException.of(field, "invalid_vat_format",
                    "is not a valid " + normal.substring(0, 2) + " VAT number");
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
     * The ASCII space, tab, line feed, vertical tab, form feed and carriage return (the last five consecutive), dot
     * and hyphen, and what numbers copied from PDFs and word processors are grouped with instead: the no-break
     * space U+00A0, the narrow no-break space U+202F, the hyphens and dashes U+2010 to U+2015 and the minus sign
     * U+2212.
     */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || (c >= '\t' && c <= '\r')
                || c == '\u00A0' || c == '\u202F' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    /**
     * The text with a to z upper-cased and every other character kept, unlike {@link String#toUpperCase}, which
     * turns some non-ASCII letters into ASCII ones. A stored identifier has no lower case and is returned without
     * a copy.
     */
    private static String withAsciiUpperCase(String text) {
        int first = 0;
        while (first < text.length() && !AsciiCharacters.isLowerCaseLetter(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            if (AsciiCharacters.isLowerCaseLetter(chars[i])) {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > '\u007F') {
                return false;
            }
        }
        return true;
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
