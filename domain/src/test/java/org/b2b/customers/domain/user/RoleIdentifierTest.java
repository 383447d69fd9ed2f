package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"company_admin", "purchaser2", "eu_key_account"})
    void an_identifier_is_lower_case_letters_digits_and_underscores(String text) {
        assertThat(RoleIdentifier.parse("role", text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Company_Admin", "2nd_buyer", "a", "key-account", "key account", "_admin"})
    void any_other_identifier_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> RoleIdentifier.parse("invitations[0].role", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("invitations[0].role");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_role_identifier");
                });
    }

    @Test
    void an_identifier_is_trimmed_when_parsed() {
        assertThat(RoleIdentifier.parse("role", " company_buyer ")).isEqualTo(RoleIdentifier.COMPANY_BUYER);
    }

    @Test
    void a_missing_identifier_is_refused() {
        assertThatThrownBy(() -> RoleIdentifier.parse("role", null)).isInstanceOf(InvalidInputException.class);
    }
}
