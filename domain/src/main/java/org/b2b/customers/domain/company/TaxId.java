package org.b2b.customers.domain.company;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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

    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9]{4,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    public TaxId {
        value = normalise("taxId", value);
    }

    public static TaxId parse(String field, String text) {
        return new TaxId(normalise(field, text));
    }

    /** The normalised form of a text, or the text itself upper-cased when it could not be a tax ID; for search. */
    public static String searchKey(String text) {
        return SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
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
        } else if (!GENERIC.matcher(normal).matches()) {
            throw InvalidInputException.of(field, "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        return normal;
    }

    @Override
    public String toString() {
        return value;
    }
}
