package org.b2b.customers.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Currency;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void an_amount_is_kept_with_the_decimals_of_its_currency() {
        assertThat(Money.parse("total", "199.9", "currency", "EUR").amount()).isEqualTo(new BigDecimal("199.90"));
        assertThat(Money.parse("total", "5", "currency", "BHD").amount()).isEqualTo(new BigDecimal("5.000"));
    }

    @Test
    void yen_have_no_decimals() {
        assertThat(Money.parse("total", "1500", "currency", "JPY")).hasToString("1500 JPY");
        assertThat(Money.parse("total", "1500.00", "currency", "JPY").amount()).isEqualTo(new BigDecimal("1500"));
        assertThatThrownBy(() -> Money.parse("total", "1500.5", "currency", "JPY"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).code()).isEqualTo("too_precise");
                    assertThat(e.errors().get(0).message()).contains("JPY", "0 decimals");
                });
    }

    @Test
    void an_amount_more_precise_than_its_currency_is_refused_naming_the_field() {
        assertThatThrownBy(() -> Money.parse("amount", "19.999", "currency", "EUR"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("amount", "too_precise", "EUR amounts have at most 2 decimals")));
    }

    @Test
    void an_amount_is_below_ten_to_the_fifteenth() {
        assertThat(Money.parse("total", "999999999999999.99", "currency", "EUR")).isNotNull();
        assertThatThrownBy(() -> Money.parse("total", "1e15", "currency", "EUR"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("out_of_range"));
    }

    @Test
    void a_wrong_amount_and_currency_are_reported_together() {
        assertThatThrownBy(() -> Money.parse("total", "lots", "currency", "EURO"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("total", "invalid_number"),
                                tuple("currency", "invalid_currency")));
        assertThatThrownBy(() -> Money.parse("total", null, "currency", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).hasSize(2));
    }

    @Test
    void amounts_in_one_currency_add_up() {
        Money eur = Money.parse("total", "10.10", "currency", "EUR");

        assertThat(eur.plus(Money.parse("total", "0.9", "currency", "EUR")).amount()).isEqualTo(new BigDecimal("11.00"));
        assertThatThrownBy(() -> eur.plus(new Money(BigDecimal.ONE, Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
