package org.b2b.customers.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStatusTest {

    @ParameterizedTest
    @ValueSource(strings = {"PAID", "AWAITING_PAYMENT", "awaiting-payment", "Shipped", "3", "x",
            "A234567890123456789012345678901234567890"})
    void the_shop_s_own_code_is_kept_exactly_as_sent(String code) {
        assertThat(OrderStatus.parse("status", code).code()).isEqualTo(code);
    }

    @Test
    void surrounding_spaces_are_not_part_of_the_code() {
        assertThat(OrderStatus.parse("status", " PAID ")).isEqualTo(new OrderStatus("PAID"));
    }

    @Test
    void codes_differing_in_case_are_different_statuses() {
        assertThat(new OrderStatus("paid")).isNotEqualTo(new OrderStatus("PAID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "PAID NOW", "PAID!", "ÜBERFÄLLIG", "PAID\u0000", "<b>",
            "A2345678901234567890123456789012345678901"})
    void anything_but_1_to_40_letters_digits_underscores_and_dashes_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> OrderStatus.parse("status", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("status");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_status");
                });
    }

    @Test
    void a_missing_status_is_refused() {
        assertThatThrownBy(() -> OrderStatus.parse("status", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OrderStatus(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_status_read_back_from_storage_goes_through_the_same_check() {
        assertThatThrownBy(() -> new OrderStatus("PAID NOW")).isInstanceOf(InvalidInputException.class);
    }
}
