package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void a_password_holding_a_nul_or_an_unpaired_surrogate_is_refused_naming_the_field() {
        for (String password : new String[] {"a long enough password\u0000", "a long\u0000enough password",
                "a long enough password\uD800"}) {
            assertThatThrownBy(() -> Password.parse("password", password))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field, FieldError::code)
                            .containsExactly(tuple("password", "forbidden_characters")));
        }
    }

    @Test
    void any_other_character_is_part_of_a_password() {
        assertThat(Password.parse("password", "Zoë's \t long 😀 pass-phrase").characters())
                .containsExactly("Zoë's \t long 😀 pass-phrase".toCharArray());
    }
}
