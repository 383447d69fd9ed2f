package org.b2b.customers.domain.company;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final String FIELD = "taxId";

    /**
     * The ASCII white space from tab to carriage return, space, dot and hyphen, and what numbers copied from PDFs
     * and word processors are grouped with instead: the no-break spaces U+00A0 and U+202F, the hyphens and dashes
     * U+2010 to U+2015 and the minus sign U+2212.
     */
    private static final CharMatcher SEPARATOR = CharMatcher.inRange('\t', '\r')
            .or(CharMatcher.anyOf(" .-\u00A0\u202F\u2212")).or(CharMatcher.inRange('\u2010', '\u2015')).precomputed();

    /** What any identifier without a checked VAT prefix is: 4 to 20 ASCII upper-case letters and digits. */
    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9]{4,20}");

    public TaxId {
        value = normalise(value);
    }

    /** Parses an identifier, naming {@code field} when it is not one. */
    public static TaxId parse(String field, String text) {
        try {
            return new TaxId(text);
        } catch (InvalidInputException e) {
            throw e.named(field);
        }
    }

    /**
     * The text normalised as tax IDs are, for search: without separators and with its ASCII letters upper-cased.
     * Other characters are kept as they are, so a text with one outside ASCII finds no stored ID.
     */
    public static String searchKey(String text) {
        return Ascii.toUpperCase(SEPARATOR.removeFrom(text));
    }

    /** The countries whose VAT number format is checked. */
    public static Set<String> checkedCountries() {
        return VatNumbers.prefixes();
    }

    private static String normalise(String text) {
        String normal = searchKey(PlainText.require(FIELD, text, 40));
        VatNumbers.Rule vat = normal.length() >= 2 ? VatNumbers.forPrefix(normal.substring(0, 2)) : null;
        // A character outside ASCII is no part of any format, so even after a VAT prefix it gets the message that
        // names what an identifier is made of rather than one about the country's format.
        if (!CharMatcher.ascii().matchesAllOf(normal) || (vat == null && !GENERIC.matcher(normal).matches())) {
            throw InvalidInputException.of(FIELD, "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        if (vat != null && !vat.fits(normal)) {
            throw InvalidInputException.of(FIELD, "invalid_vat_format",
                    "is not a valid " + normal.substring(0, 2) + " VAT number");
        }
        if (vat != null && !vat.checkDigitsMatch(normal)) {
            throw InvalidInputException.of(FIELD, "invalid_vat_check_digit",
                    "is not a valid " + normal.substring(0, 2) + " VAT number: its check digit does not match");
        }
        return normal;
    }

    @Override
    public String toString() {
        return value;
    }
}
