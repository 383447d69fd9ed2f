package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    /** Numbers that pass their country's published check, a line a country (several for one kind of number each). */
    private static final List<String> VALID = List.of(
            "ATU13585627", "ATU12345675", "ATU76543215",
            "BE0417497106", "BE0123456749", "BE1000000021", "BE0428759497",
            "BG123456786", "BG175608124", "BG7501011230",
            "CY10000001E", "CY30012345F",
            "CZ25123891", "CZ12345679", "CZ61234567", "CZ8001011238", "CZ7103192745",
            "DE136695976", "DE123456788", "DE276543216", "DE811907980",
            "DK13585628", "DK12345674", "DK11223346",
            "EE101234568", "EE100987654",
            "EL094259216", "EL123456783", "EL098765430",
            "ESA28015865", "ES12345678Z", "ESX1234567L", "ESK1234567L", "ESB1234567D",
            "FI20774740", "FI12345671", "FI09876543",
            "FR40303265045", "FRK7399859412", "FR11123456782", "FR0L123456782",
            "HR12345678903", "HR98765432106",
            "HU12345676", "HU23456787",
            "IE6388047V", "IE3668997OH", "IE8Z49289F", "IE1234567T", "IE1234567FA",
            "IT00743110157", "IT12345670017", "IT76543211205", "IT00000019992",
            "LT123456715", "LT100000019", "LT123456789112",
            "LU26375245", "LU12345613", "LU65432182",
            "LV40003123453", "LV50003987650",
            "MT12345634", "MT65432103",
            "NL004495445B01", "NL123456782B01", "NL000099998B57",
            "PL5260250995", "PL7654321092",
            "PT501964843", "PT123456789", "PT500000018",
            "RO183", "RO12345674", "RO9876543216",
            "SE556703748501", "SE556123456701",
            "SI12345679", "SI76543218",
            "SK2020123457", "SK1022334456",
            "GB980780684", "GB123456789012", "GBGD001", "GBHA599",
            "XI980780684", "XI123456789012", "XIGD001", "XIHA599");

    /** Too short, too long, a character out of place or a prefix's own rule broken (see the comments). */
    private static final List<String> OUT_OF_FORMAT = List.of(
            "AT13585627", "ATU1358562", "ATU135856270", "ATU1358562X",          // AT numbers start with U
            "BE2417497106", "BE041749710", "BE04174971061", "BE04174971O6",     // BE: 0 or 1 first
            "BG12345678", "BG12345678901", "BG12345678A",
            "CY10000001", "CY1000001E", "CY100000001E", "CY1000000AE",          // CY: a letter last
            "CZ2512389", "CZ12345678901", "CZ92345678", "CZ2512389A",           // CZ: no legal entity from 9
            "DE13669597", "DE1366959761", "DE036695976", "DE13669597X",         // DE: not from 0
            "DK1358562", "DK135856280", "DK03585628", "DK1358562A",             // DK: not from 0
            "EE10123456", "EE1012345680", "EE10123456X",
            "EL09425921", "EL0942592160", "EL09425921X",
            "ESA2801586", "ESA280158650", "EST28015865", "ESAB8015865",         // ES: no number starts with T
            "FI2077474", "FI207747400", "FI2077474A",
            "FRIO303265045", "FR4030326504", "FR403032650451", "FR4A30326504",  // FR: I and O are no key
            "HR1234567890", "HR123456789030", "HR1234567890A",
            "HU1234567", "HU123456760", "HU1234567A",
            "IE63880475", "IE6388047VJ", "IE638804V", "IE63880470V",            // IE: a check letter last
            "IT0074311015", "IT007431101570", "IT0074311015A",
            "IT00743111017", "IT00000000019",                                   // IT: office 101; no number 0
            "LT12345671", "LT1234567150", "LT123456725", "LT123456789122",      // LT: a 1 before the check
            "LU2637524", "LU263752450", "LU2637524A",
            "LV4000312345", "LV400031234530", "LV4000312345A",
            "MT1234563", "MT123456340", "MT02345634", "MT1234563A",             // MT: not from 0
            "NL004495445A01", "NL00449544B01", "NL004495445B1",                 // NL: B before the suffix
            "NL004495445B00", "NL000000000B01",                                 // NL: neither part 0
            "PL526025099", "PL52602509950", "PL526025099A",
            "PT50196484", "PT5019648430", "PT001964843", "PT50196484A",         // PT: not from 0
            "RO1", "RO12345678901", "RO012345674", "RO1234567A",                // RO: 2 to 10 digits, not from 0
            "SE556703748512", "SE5567037485", "SE55670374850101",               // SE: 01 last
            "SI1234567", "SI123456790", "SI02345679", "SI1234567A",             // SI: not from 0
            "SK202012345", "SK20201234570", "SK0202012345", "SK202012345A",     // SK: not from 0
            "GB98078068", "GBGD501", "GBHA499", "GB9807806840",                 // GB: GD below 500, HA from 500
            "XI98078068", "XIGD501", "XIHA499", "XI9807806840");

    /** Valid numbers above with a single digit or letter changed: the check digit itself, or one it covers. */
    private static final List<String> WRONG_CHECK_DIGIT = List.of(
            "ATU13585628", "ATU12345685",
            "BE0417497107", "BE0123456649",
            "BG123456787", "BG7501011231",
            "CY10000001F", "CY30012346F",
            "CZ25123892", "CZ61234568", "CZ8001011239",
            "DE136695977", "DE123456789", "DE811907981",
            "DK13585629", "DK12345684",
            "EE101234569", "EE100987664",
            "EL094259217", "EL123456793",
            "ESA28015866", "ES12345678A", "ESX1234567M", "ESK1234568L", "ESB12345675", "ESB1234567E",
            "FI20774741", "FI12345681",
            "FR41303265045", "FR40303265046", "FRK7399859413", "FR00000000191",
            "HR12345678904", "HR98765432116",
            "HU12345677", "HU12345686",
            "IE6388047W", "IE3668997OI", "IE8Z49289G", "IE1234567FB",
            "IT00743110158", "IT12345670018",
            "LT123456716", "LT123456789113",
            "LU26375246", "LU12345614",
            "LV40003123454", "LV50003987651",
            "MT12345635", "MT65432104",
            "NL004495446B01", "NL123456789B14",
            "PL5260250996", "PL7654321093",
            "PT501964844", "PT123456788",
            "RO184", "RO12345675", "RO9876543217",
            "SE556703748601", "SE556123456801",
            "SI12345678", "SI76543228",
            "SK2020123458", "SK1022334457");

    @ParameterizedTest
    @CsvSource({
            "'de 136.695.976', DE136695976",
            "'DE-136-695-976', DE136695976",
            "'  atu 1358 5627 ', ATU13585627",
            "'nl004495445b01', NL004495445B01",
            "'be 0417.497.106', BE0417497106",
            "'12-3456789', 123456789"})
    void a_tax_id_is_upper_cased_without_spaces_dots_or_dashes(String entered, String normalised) {
        assertThat(TaxId.parse("taxId", entered).value()).isEqualTo(normalised);
    }

    @Test
    void differently_written_forms_of_one_number_are_equal() {
        assertThat(TaxId.parse("taxId", "fr 40 303 265 045")).isEqualTo(new TaxId("FR40303265045"));
    }

    @Test
    void the_vat_numbers_of_every_eu_member_state_northern_ireland_and_great_britain_are_checked() {
        assertThat(TaxId.checkedCountries()).containsExactlyInAnyOrder(
                "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT",
                "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI", "GB");
    }

    @Test
    void every_vat_prefix_has_numbers_of_each_kind_in_these_tests() {
        Set<String> uncheckedDigits = Set.of("GB", "XI");

        assertThat(prefixes(VALID)).containsExactlyInAnyOrderElementsOf(TaxId.checkedCountries());
        assertThat(prefixes(OUT_OF_FORMAT)).containsExactlyInAnyOrderElementsOf(TaxId.checkedCountries());
        assertThat(prefixes(WRONG_CHECK_DIGIT)).containsExactlyInAnyOrderElementsOf(
                Sets.difference(TaxId.checkedCountries(), uncheckedDigits));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void a_vat_number_in_its_country_format_with_matching_check_digits_is_accepted(String vat) {
        assertThat(TaxId.parse("taxId", vat).value()).isEqualTo(vat);
    }

    @ParameterizedTest
    @MethodSource("outOfFormat")
    void a_vat_number_out_of_its_country_format_is_refused_naming_the_country(String vat) {
        assertThatThrownBy(() -> TaxId.parse("taxId", vat))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("taxId", "invalid_vat_format",
                                "is not a valid " + vat.substring(0, 2) + " VAT number")));
    }

    @ParameterizedTest
    @MethodSource("wrongCheckDigit")
    void a_vat_number_whose_check_digit_does_not_match_is_refused_saying_so(String vat) {
        assertThatThrownBy(() -> TaxId.parse("billingAddress.taxId", vat))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("billingAddress.taxId", "invalid_vat_check_digit", "is not a valid "
                                + vat.substring(0, 2) + " VAT number: its check digit does not match")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ES12345678Z",    // DNI: the letter of the number modulo 23
            "ESK1234567L",    // K, L and M: the DNI letter of the seven digits
            "ESM7654321J",
            "ESX1234567L",    // NIE: X, Y and Z count as 0, 1 and 2
            "ESY7654321G",
            "ESZ1234567R",
            "ESB12345674",    // CIF: a Luhn digit
            "ESB1234567D",    //      or the letter for it
            "ESQ2876031B"})
    void spanish_nifs_nies_and_cifs_each_have_their_own_control_character(String vat) {
        assertThat(TaxId.parse("taxId", vat).value()).isEqualTo(vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES12345678A", "ESK1234567Z", "ESX1234567Z", "ESB12345675", "ESB1234567E"})
    void a_spanish_control_character_of_another_kind_of_number_is_refused(String vat) {
        assertThatThrownBy(() -> TaxId.parse("taxId", vat))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("invalid_vat_check_digit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FR40303265045",   // numeric key: (SIREN × 100 + 12) modulo 97
            "FR44732829320",
            "FRK7399859412",   // alphanumeric keys
            "FR0L123456782",
            "FR3F732829320",
            "FR00000000190"})  // Monaco: no SIREN, so no Luhn check of it
    void french_keys_are_numeric_or_alphanumeric(String vat) {
        assertThat(TaxId.parse("taxId", vat).value()).isEqualTo(vat);
    }

    @Test
    void a_french_number_whose_siren_fails_luhn_is_refused_whatever_its_key() {
        // 32 is the numeric key of 123456789, which fails Luhn and so is no SIREN.
        assertThatThrownBy(() -> TaxId.parse("taxId", "FR32123456789"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("invalid_vat_check_digit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NL004495445B01",   // the eleven-test
            "NL123456782B01",
            "NL000099998B57",   // sole traders since 2020: ISO 7064 MOD 97-10 over NL…B…
            "NL123456789B13"})
    void dutch_numbers_pass_either_the_eleven_test_or_mod_97(String vat) {
        assertThat(TaxId.parse("taxId", vat).value()).isEqualTo(vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CZ25123891",      // legal entity: weights 8 to 2 modulo 11
            "CZ61234567",      // nine digits from 6: the same over the seven in between
            "CZ8001011238",    // ten-digit birth number: divisible by 11
            "CZ530101123",     // nine-digit birth number from before 1954: no check digit
            "LV01017012345",   // Latvian personal code: its rule is not published
            "LV32000000001",
            "GB123456780",     // Great Britain and Northern Ireland: the format only
            "XI123456780"})
    void numbers_without_a_published_check_digit_rule_are_checked_for_their_format_only(String vat) {
        assertThat(TaxId.parse("taxId", vat).value()).isEqualTo(vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-3456789", "CHE-123.456.789", "NO 974 760 673", "GR094259216", "ABN51824753556", "1234"})
    void identifiers_without_a_checked_prefix_are_accepted_as_letters_and_digits(String id) {
        assertThat(TaxId.parse("taxId", id).value()).matches("[A-Z0-9]{4,20}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "tax#id!", "US_12345678", "123456789012345678901", "ÄÖÜ12345"})
    void anything_else_is_refused_naming_the_field(String garbage) {
        assertThatThrownBy(() -> TaxId.parse("billingAddress.taxId", garbage))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("billingAddress.taxId", "invalid_tax_id",
                                "must be 4 to 20 letters and digits")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stra\u00DFe12",          // ß upper-cases to SS
            "\uFB0120774740",         // the ligature ﬁ upper-cases to FI, a Finnish prefix
            "\u0131e6388047v",        // the dotless ı upper-cases to I, an Irish prefix
            "\u017Fe556703748501",    // the long ſ upper-cases to S, a Swedish prefix
            "DE12345678\u00DF",       // after a checked prefix too
            "DE\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19"}) // full-width digits
    void letters_and_digits_outside_ascii_are_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> TaxId.parse("billingAddress.taxId", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("billingAddress.taxId", "invalid_tax_id",
                                "must be 4 to 20 letters and digits")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DE\u00A0136\u00A0695\u00A0976",   // no-break spaces
            "DE\u202F136\u202F695\u202F976",   // narrow no-break spaces
            "DE\u2013136695976",               // en dash
            "DE\u2010136\u2011695\u2012976",   // hyphen, non-breaking hyphen, figure dash
            "DE\u2014136\u2015695976",         // em dash, horizontal bar
            "DE\u2212136695976",               // minus sign
            "\u00A0de 136\u2013695.976\u00A0"})
    void no_break_spaces_and_dashes_pasted_from_documents_are_separators(String text) {
        assertThat(TaxId.parse("taxId", text).value()).isEqualTo("DE136695976");
        assertThat(TaxId.searchKey(text)).isEqualTo(TaxId.searchKey("DE136695976")).isEqualTo("DE136695976");
    }

    @Test
    void part_of_a_pasted_number_searches_for_the_stored_one() {
        assertThat(TaxId.searchKey("de\u00A0123\u2013456")).isEqualTo("DE123456");
        assertThat(new TaxId("DE123456788").value()).startsWith(TaxId.searchKey("de\u00A0123\u2013456"));
    }

    @Test
    void a_search_key_upper_cases_ascii_letters_only() {
        assertThat(TaxId.searchKey("stra\u00DFe")).isEqualTo("STRA\u00DFE");
        assertThat(TaxId.searchKey("\uFB01")).isEqualTo("\uFB01");
        assertThat(TaxId.searchKey("\u0131e")).isEqualTo("\u0131E");
    }

    @ParameterizedTest
    @CsvSource({"'IE8+49289F', IE8+49289F", "'ie8*49289f', IE8*49289F"})
    void old_irish_numbers_keep_the_plus_or_star_of_their_format(String entered, String normalised) {
        assertThat(TaxId.parse("taxId", entered).value()).isEqualTo(normalised);
    }

    static List<String> valid() {
        return VALID;
    }

    static List<String> outOfFormat() {
        return OUT_OF_FORMAT;
    }

    static List<String> wrongCheckDigit() {
        return WRONG_CHECK_DIGIT;
    }

    private static Set<String> prefixes(List<String> numbers) {
        return numbers.stream().map(n -> n.substring(0, 2)).collect(Collectors.toSet());
    }

    @Test
    void a_blank_tax_id_is_required() {
        assertThatThrownBy(() -> TaxId.parse("taxId", "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("required"));
    }

    @Test
    void hidden_characters_are_refused_before_normalising() {
        assertThatThrownBy(() -> TaxId.parse("taxId", "DE\u202E136695976"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("forbidden_characters"));
    }

    @Test
    void a_search_text_finds_tax_ids_by_prefix_from_six_characters_and_shorter_ones_only_whole() {
        TaxId german = new TaxId("DE123456788");
        TaxId generic = new TaxId("AB12");

        assertThat(TaxIdSearch.of("de 1234").finds(german)).isTrue();
        assertThat(TaxIdSearch.of("de 123").finds(german)).isFalse();
        assertThat(TaxIdSearch.of("DE").finds(german)).isFalse();
        assertThat(TaxIdSearch.of("de 1235").finds(german)).isFalse();
        assertThat(TaxIdSearch.of("ab-12").finds(generic)).isTrue();
        assertThat(TaxIdSearch.of("ab1").finds(generic)).isFalse();
    }
}
