package org.b2b.customers.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceRateTest {

    @ParameterizedTest
    @CsvSource({"-100, -100.00", "100, 100.00", "0, 0.00", "-5.5, -5.50", "12.25, 12.25", "' 7 ', 7.00",
            "12.500, 12.50", "1E+1, 10.00"})
    void a_rate_from_minus_100_to_100_with_two_decimals_is_accepted(String text, String percent) {
        assertThat(PriceRate.parse("globalPriceRate", text).percent()).isEqualTo(new BigDecimal(percent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.01", "-100.01", "250", "12.345", "0.001"})
    void a_rate_out_of_range_or_too_precise_is_refused(String text) {
        assertThatThrownBy(() -> PriceRate.parse("globalPriceRate", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("globalPriceRate");
                    assertThat(e.errors().get(0).code()).isEqualTo("out_of_range");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "five", "5%", "5,5"})
    void a_rate_that_is_not_a_number_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> PriceRate.parse("rate", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("rate");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_number");
                });
    }

    @Test
    void a_missing_rate_is_refused() {
        assertThatThrownBy(() -> PriceRate.parse("rate", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PriceRate(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rates_written_differently_are_equal() {
        assertThat(new PriceRate(new BigDecimal("5"))).isEqualTo(new PriceRate(new BigDecimal("5.00")));
    }
}
