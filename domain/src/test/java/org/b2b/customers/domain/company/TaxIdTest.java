package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    @ParameterizedTest
    @CsvSource({
            "'de 123.456.789', DE123456789",
            "'DE-123-456-789', DE123456789",
            "'  atu 1234 5678 ', ATU12345678",
            "'nl123456789b01', NL123456789B01",
            "'be 0123.456.789', BE0123456789",
            "'12-3456789', 123456789"})
    void a_tax_id_is_upper_cased_without_spaces_dots_or_dashes(String entered, String normalised) {
        assertThat(TaxId.parse("taxId", entered).value()).isEqualTo(normalised);
    }

    @Test
    void differently_written_forms_of_one_number_are_equal() {
        assertThat(TaxId.parse("taxId", "fr 40 303 265 045")).isEqualTo(new TaxId("FR40303265045"));
    }

    @Test
    void the_checked_countries_are_the_documented_ones() {
        assertThat(TaxId.checkedCountries()).containsExactlyInAnyOrder(
                "AT", "BE", "CZ", "DE", "DK", "EL", "ES", "FI", "FR", "GB", "IE", "IT", "LU", "NL", "PL", "PT", "SE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ATU13585627", "BE0417497106", "CZ25123891", "CZ7103192745", "DE136695976", "DK13585628", "EL094259216",
            "ESA28015865", "ESX1234567X", "FI20774740", "FR40303265045", "FRK7399859412", "GB980780684",
            "GB123456789012", "GBGD001", "GBHA599", "IE6388047V", "IE3668997OH", "IE8Z49289F", "IT00743110157",
            "LU26375245", "NL004495445B01", "PL5260250995", "PT501964843", "SE556703748501"})
    void a_vat_number_in_its_country_format_is_accepted(String vat) {
        assertThat(TaxId.parse("taxId", vat).value()).isEqualTo(vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AT13585627",      // AT numbers start with U
            "ATU1358562",      // seven digits
            "BE2417497106",    // first digit is 0 or 1
            "CZ2512389",       // seven digits
            "DE13669597",      // eight digits
            "DK1358562",       // seven digits
            "EL09425921",      // eight digits
            "ESA2801586",      // eight characters after ES
            "FI2077474",       // seven digits
            "FRIO303265045",   // I and O are not used in the key
            "GB98078068",      // eight digits
            "IE63880475",      // ends in a check letter
            "IT0074311015",    // ten digits
            "LU2637524",       // seven digits
            "NL004495445A01",  // B before the suffix
            "PL526025099",     // nine digits
            "PT50196484",      // eight digits
            "SE556703748512"}) // ends in 01
    void a_vat_number_out_of_its_country_format_is_refused(String vat) {
        assertThatThrownBy(() -> TaxId.parse("taxId", vat))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().get(0).field()).isEqualTo("taxId");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_vat_format");
                    assertThat(e.errors().get(0).message()).contains(vat.substring(0, 2));
                });
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
            "DE\u00A0123\u00A0456\u00A0789",   // no-break spaces
            "DE\u202F123\u202F456\u202F789",   // narrow no-break spaces
            "DE\u2013123456789",               // en dash
            "DE\u2010123\u2011456\u2012789",   // hyphen, non-breaking hyphen, figure dash
            "DE\u2014123\u2015456789",         // em dash, horizontal bar
            "DE\u2212123456789",               // minus sign
            "\u00A0de 123\u2013456.789\u00A0"})
    void no_break_spaces_and_dashes_pasted_from_documents_are_separators(String text) {
        assertThat(TaxId.parse("taxId", text).value()).isEqualTo("DE123456789");
        assertThat(TaxId.searchKey(text)).isEqualTo(TaxId.searchKey("DE123456789")).isEqualTo("DE123456789");
    }

    @Test
    void part_of_a_pasted_number_searches_for_the_stored_one() {
        assertThat(TaxId.searchKey("de\u00A0123\u2013456")).isEqualTo("DE123456");
        assertThat(new TaxId("DE123456789").value()).startsWith(TaxId.searchKey("de\u00A0123\u2013456"));
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

    @Test
    void a_blank_tax_id_is_required() {
        assertThatThrownBy(() -> TaxId.parse("taxId", "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("required"));
    }

    @Test
    void hidden_characters_are_refused_before_normalising() {
        assertThatThrownBy(() -> TaxId.parse("taxId", "DE\u202E123456789"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("forbidden_characters"));
    }

    @Test
    void a_search_text_finds_tax_ids_by_prefix_from_six_characters_and_shorter_ones_only_whole() {
        TaxId german = new TaxId("DE123456789");
        TaxId generic = new TaxId("AB12");

        assertThat(TaxIdSearch.of("de 1234").finds(german)).isTrue();
        assertThat(TaxIdSearch.of("de 123").finds(german)).isFalse();
        assertThat(TaxIdSearch.of("DE").finds(german)).isFalse();
        assertThat(TaxIdSearch.of("de 1235").finds(german)).isFalse();
        assertThat(TaxIdSearch.of("ab-12").finds(generic)).isTrue();
        assertThat(TaxIdSearch.of("ab1").finds(generic)).isFalse();
    }
}
