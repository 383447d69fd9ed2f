package org.b2b.customers.domain.company;

import java.util.Set;
import org.b2b.customers.domain.shared.AsciiCharacters;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * A company's tax identifier, normalised to upper case without spaces, dots or dashes so that "de 136.695.976"
 * and "DE136695976" are the same company. No-break spaces and typographic dashes count as separators too.
 *
 * <p>An identifier is written in ASCII: any other character is refused, including letters that upper-case to
 * ASCII ones, such as ß to "SS", the ligature ﬁ to "FI", the dotless ı to "I" or the long ſ to "S", which would
 * otherwise turn a text into a different, valid identifier.
 *
 * <p>An identifier that starts with the VAT prefix of an EU member state (EL for Greece), of Northern Ireland (XI)
 * or of Great Britain (GB) must have that VAT number format, and its check digits must match where the member state
 * publishes their rule. Any other identifier (a US EIN, a national number) is accepted as 4 to
 * 20 letters and digits.
 */
public record TaxId(String value) {

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
    public static Set<String> checkedCountries() {
        return VatNumbers.prefixes();
    }

    private static String normalise(String field, String text) {
        String normal = searchKey(PlainText.require(field, text, 40));
        VatNumbers.Rule vat = normal.length() >= 2 ? VatNumbers.forPrefix(normal.substring(0, 2)) : null;
        // A character outside ASCII is no part of any format, so even after a VAT prefix it gets the message that
        // names what an identifier is made of rather than one about the country's format.
        if (!isAscii(normal) || (vat == null && !isGeneric(normal))) {
            throw InvalidInputException.of(field, "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        if (vat != null && !vat.fits(normal)) {
            throw InvalidInputException.of(field, "invalid_vat_format",
                    "is not a valid " + normal.substring(0, 2) + " VAT number");
        }
        if (vat != null && !vat.checkDigitsMatch(normal)) {
            throw InvalidInputException.of(field, "invalid_vat_check_digit",
                    "is not a valid " + normal.substring(0, 2) + " VAT number: its check digit does not match");
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
