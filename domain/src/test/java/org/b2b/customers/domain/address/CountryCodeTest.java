package org.b2b.customers.domain.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @CsvSource({"DE, DE", "de, DE", "' fr ', FR", "gr, GR", "US, US", "JP, JP"})
    void a_country_is_an_iso_alpha_2_code_in_upper_case(String text, String code) {
        assertThat(CountryCode.parse("country", text).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"DEU", "D", "Germany", "XX", "EL", "UK", "1A"})
    void anything_else_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> CountryCode.parse("billingAddress.country", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("billingAddress.country");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_country");
                });
    }
}
