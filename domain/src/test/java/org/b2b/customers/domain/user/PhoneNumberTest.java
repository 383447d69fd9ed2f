package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+49 30 1234567", "(030) 123-45 67", "030/1234567", "+1.212.555.0100", "1234"})
    void numbers_as_people_write_them_are_accepted(String number) {
        assertThat(new PhoneNumber(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "+49 30 CALL-ACME", "++49 30 123", "49#30", "12 3", "()-/ .", "+49 30 1234567 ext. 5"})
    void anything_else_is_refused_as_a_phone(String text) {
        assertThatThrownBy(() -> new PhoneNumber(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("phone");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_phone");
                });
    }

    @Test
    void a_number_longer_than_32_characters_is_refused() {
        assertThatThrownBy(() -> new PhoneNumber("1".repeat(33)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("too_long"));
    }

    @Test
    void the_number_is_trimmed() {
        assertThat(new PhoneNumber("  +49 30 1234567  ").value()).isEqualTo("+49 30 1234567");
    }
}
