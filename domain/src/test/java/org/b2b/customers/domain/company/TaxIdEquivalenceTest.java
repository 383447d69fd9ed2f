package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.Comparison;
import org.b2b.customers.domain.shared.EdgeTexts;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;
import org.junit.jupiter.api.Test;

/**
 * The hand-written separator removal, upper-casing and generic check against the same rules as regular
 * expressions: those they replaced, with the no-break spaces and dashes as separators, ASCII-only identifiers and
 * the formats of every EU prefix and XI added. Check digits are {@link VatNumbers}' own, tested in {@link TaxIdTest}:
 * the expressions here apply them as they are, after the format.
 */
class TaxIdEquivalenceTest {

    private static final long SEED = 20_240_615L;

    private static final Map<String, Pattern> VAT_FORMATS = ImmutableMap.<String, Pattern>builder()
            .put("AT", Pattern.compile("ATU\\d{8}"))
            .put("BE", Pattern.compile("BE[01]\\d{9}"))
            .put("BG", Pattern.compile("BG\\d{9,10}"))
            .put("CY", Pattern.compile("CY\\d{8}[A-Z]"))
            .put("CZ", Pattern.compile("CZ([0-8]\\d{7}|\\d{9,10})"))
            .put("DE", Pattern.compile("DE[1-9]\\d{8}"))
            .put("DK", Pattern.compile("DK[1-9]\\d{7}"))
            .put("EE", Pattern.compile("EE\\d{9}"))
            .put("EL", Pattern.compile("EL\\d{9}"))
            .put("ES", Pattern.compile("ES[0-9A-HJ-NP-SU-Z]\\d{7}[0-9A-Z]"))
            .put("FI", Pattern.compile("FI\\d{8}"))
            .put("FR", Pattern.compile("FR[A-HJ-NP-Z0-9]{2}\\d{9}"))
            .put("GB", Pattern.compile("GB(\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})"))
            .put("HR", Pattern.compile("HR\\d{11}"))
            .put("HU", Pattern.compile("HU\\d{8}"))
            .put("IE", Pattern.compile("IE(\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W])"))
            .put("IT", Pattern.compile("IT(?!0{7})\\d{7}(00[1-9]|0[1-9]\\d|100|12[01]|888|999)\\d"))
            .put("LT", Pattern.compile("LT(\\d{7}|\\d{10})1\\d"))
            .put("LU", Pattern.compile("LU\\d{8}"))
            .put("LV", Pattern.compile("LV\\d{11}"))
            .put("MT", Pattern.compile("MT[1-9]\\d{7}"))
            .put("NL", Pattern.compile("NL(?!0{9})\\d{9}B(0[1-9]|[1-9]\\d)"))
            .put("PL", Pattern.compile("PL\\d{10}"))
            .put("PT", Pattern.compile("PT[1-9]\\d{8}"))
            .put("RO", Pattern.compile("RO[1-9]\\d{1,9}"))
            .put("SE", Pattern.compile("SE\\d{10}01"))
            .put("SI", Pattern.compile("SI[1-9]\\d{7}"))
            .put("SK", Pattern.compile("SK[1-9]\\d{9}"))
            .put("XI", Pattern.compile("XI(\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2})"))
            .build();

    private static final Pattern GENERIC = Pattern.compile("[A-Z0-9]{4,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\u00A0\u202F\u2010-\u2015\u2212]");
    private static final Pattern ASCII_LOWER_CASE = Pattern.compile("[a-z]+");
    private static final Pattern NOT_ASCII = Pattern.compile("[^\\x00-\\x7F]");

    /** The new separators and their neighbours in the code table, which are not separators. */
    private static final List<String> SEPARATOR_PIECES = List.of(
            "\u202F", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
            "\u00AD", "\u202D", "\u2030", "\u200F", "\u2016", "\u2211", "\u2213", "\uFE63", "\uFF0D");

    private static final List<String> TRICKY = List.of(
            "", "1234", "123", "ABCD", "abcd", "A-B-C-D", "A.B.C.D", "A B C D", "A\tB\nC\u000BD\fE\rF", "\u000B1234",
            "1234\f", "12\u001C34", "12\u001F34", "12\u00A034", "12\u200734", "12\u300034", "12\u008534",
            "12\u202E34", "12\u200E34", "12_34", "12/34", "12,34", "12+34", "IE8+49289F", "IE8*49289F",
            "\u00DF\u00DF", "stra\u00DFe1", "\uFB0120774740", "\u0131e6388047v", "\u017Fe556703748501",
            "\u212A123", "\u0130234", "\u00E91234", "\u00C91234", "\u06631234", "\uFF111234", "12\uD80034",
            "12\uD83D\uDE8034", "..--..", "-", ".", " ", "  -  ", "d", "de", "DE", "de1", "de 123.456.789",
            "de 136.695.976", "DE-136-695-976", "de\t136695976", "DE12345678", "DE1234567890", "GBGD001", "GBGD501",
            "gbha599", "xigd001", "XIGD501", "ro1", "ro18", "RO183", "hu12345676", "HU12345677", "lt 100000019",
            "1".repeat(20), "1".repeat(21), "1.".repeat(20), "1 ".repeat(20) + "1", "A".repeat(40), "A".repeat(41),
            " ".repeat(39) + "1234", "ES" + "1".repeat(9), "FRIO303265045", "frk7399859412",
            "DE\u00A0136\u00A0695\u00A0976", "DE\u202F136695976", "\u00A0DE136695976\u00A0", "DE\u2010136695976",
            "DE\u2013136695976", "DE\u2015136695976", "DE\u2212136695976", "DE\u2016136695976", "DE\u00AD136695976",
            "DE\uFF0D136695976", "\u00A0", "\u2013\u2013\u2013\u2013", "12\u201334", "12\u201134\u2014",
            "DE12345678\u00DF", "DE\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19", "ATU1234567\u0663",
            "FR\u00C9\u00C9303265045", "stra\u00DFe12", "\u212A1234", "\u0131e6388047v", "ie8+49289f");

    private static final List<String> EXAMPLES = List.of(
            "ATU13585627", "be 0417.497.106", "CZ25123891", "de 136 695 976", "DK13585628", "EL094259216",
            "esa28015865", "FI20774740", "FR40303265045", "GB123456789012", "GBHA599", "IE3668997OH", "ie8z49289f",
            "IT00743110157", "LU26375245", "nl004495445b01", "PL5260250995", "PT501964843", "SE556703748501",
            "12-3456789", "CHE-123.456.789", "NO 974 760 673", "ABN51824753556", "1234", "abcdefghij0123456789",
            "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0", "DE\u00A0136\u00A0695\u00A0976", "FR\u202F40\u202F303265045",
            "12\u20133456789", "CHE\u2011123\u2012456\u2014789", "BG123456786", "bg 7501011230", "cy10000001e",
            "EE101234568", "HR12345678903", "hu 1234 5676", "LT123456789112", "lv 40003123453", "MT12345634",
            "ro 123 456 74", "SI12345679", "SK2020123457", "XI980780684");

    @Test
    void the_search_key_agrees_with_the_regular_expression_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, TaxIdEquivalenceTest::regexSearchKey, TaxId::searchKey);

        assertThat(result.disagreements()).isEmpty();
    }

    @Test
    void the_search_key_agrees_with_the_regular_expression_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED, SEPARATOR_PIECES).mixed(100_000, 45, EXAMPLES);

        Comparison result = Comparison.of(texts, TaxIdEquivalenceTest::regexSearchKey, TaxId::searchKey);

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
    }

    @Test
    void parsing_agrees_with_the_regular_expressions_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, TaxIdEquivalenceTest::regexParse, TaxIdEquivalenceTest::parse);

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(10);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void parsing_agrees_with_the_regular_expressions_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED + 1, SEPARATOR_PIECES).mixed(100_000, 45, EXAMPLES);

        Comparison result = Comparison.of(texts, TaxIdEquivalenceTest::regexParse, TaxIdEquivalenceTest::parse);

        assertThat(result.disagreements()).as("texts from seed %d", SEED + 1).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED + 1).isGreaterThan(5_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED + 1).isGreaterThan(5_000);
    }

    private static String parse(String text) {
        return TaxId.parse("taxId", text).value();
    }

    /** {@code TaxId.searchKey} as regular expressions. */
    private static String regexSearchKey(String text) {
        return ASCII_LOWER_CASE.matcher(SEPARATORS.matcher(text).replaceAll(""))
                .replaceAll(letters -> letters.group().toUpperCase(Locale.ROOT));
    }

    /** {@code TaxId.parse} as regular expressions. */
    private static String regexParse(String text) {
        String normal = regexSearchKey(PlainText.require("taxId", text, 40));
        if (NOT_ASCII.matcher(normal).find()) {
            throw InvalidInputException.of("taxId", "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        Pattern vat = normal.length() >= 2 ? VAT_FORMATS.get(normal.substring(0, 2)) : null;
        if (vat != null) {
            if (!vat.matcher(normal).matches()) {
                throw InvalidInputException.of("taxId", "invalid_vat_format",
                        "is not a valid " + normal.substring(0, 2) + " VAT number");
            }
            if (!VatNumbers.forPrefix(normal.substring(0, 2)).checkDigitsMatch(normal)) {
                throw InvalidInputException.of("taxId", "invalid_vat_check_digit",
                        "is not a valid " + normal.substring(0, 2) + " VAT number: its check digit does not match");
            }
        } else if (!GENERIC.matcher(normal).matches()) {
            throw InvalidInputException.of("taxId", "invalid_tax_id", "must be 4 to 20 letters and digits");
        }
        return normal;
    }
}
