package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void an_address_is_kept_in_lower_case_and_trimmed() {
        assertThat(EmailAddress.parse("email", "  Ada.Lovelace@Example.COM ").value())
                .isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void addresses_differing_in_case_are_equal() {
        assertThat(EmailAddress.of("ADA@example.com")).isEqualTo(EmailAddress.of("ada@EXAMPLE.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "ada.lovelace+invoices@mail.example.co.uk", "o'brien@example.ie",
            "x@a-b.example", "1234@example.com", "a_b-c@sub.example.org"})
    void ordinary_addresses_are_valid(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada..x@example.com",
            ".ada@example.com", "ada.@example.com", "ada@example..com", "ada@-example.com", "ada@example-.com",
            "ada lovelace@example.com", "ada@exa mple.com", "ada@example.com.", "ada@.example.com", "ädä@example.com"})
    void malformed_addresses_are_refused(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
        assertThatThrownBy(() -> EmailAddress.parse("invitations[2].email", address))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("invitations[2].email", "invalid_email",
                                "must be an email address such as name@example.com")));
    }

    @Test
    void a_local_part_longer_than_64_characters_is_refused() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@example.com")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).isFalse();
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".example";
        String fits = "x".repeat(254 - domain.length() - 1) + "@" + domain;

        assertThat(EmailAddress.isValid(fits)).isTrue();
        assertThatThrownBy(() -> EmailAddress.parse("email", "x" + fits))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("too_long"));
    }

    @Test
    void a_blank_address_is_required() {
        assertThatThrownBy(() -> EmailAddress.parse("email", " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("required"));
    }
}
