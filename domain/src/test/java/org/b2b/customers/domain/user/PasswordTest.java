package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void a_password_has_at_least_twelve_characters() {
        assertThat(Password.of("abcdefghijkl").characters()).hasSize(12);
        assertCode("abcdefghijk", "too_short");
    }

    @Test
    void a_password_has_at_most_128_characters() {
        assertThat(Password.of("a".repeat(128)).characters()).hasSize(128);
        assertCode("a".repeat(129), "too_long");
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        String emoji = "\uD83D\uDD11";
        assertThat(Password.of(emoji.repeat(12)).characters()).hasSize(24);
        assertCode(emoji.repeat(6), "too_short");
        assertThat(Password.of(emoji.repeat(128))).isNotNull();
        assertCode(emoji.repeat(129), "too_long");
    }

    @Test
    void a_password_of_only_whitespace_is_refused() {
        assertCode(" ".repeat(12), "required");
        assertCode("\t".repeat(20), "required");
    }

    @Test
    void a_missing_password_is_required() {
        assertCode(null, "required");
        assertCode("", "required");
    }

    @Test
    void spaces_inside_a_pass_phrase_are_kept() {
        assertThat(new String(Password.of(" correct horse battery ").characters()))
                .isEqualTo(" correct horse battery ");
    }

    @Test
    void a_password_never_shows_itself_in_text() {
        assertThat(Password.of("correct horse battery staple")).hasToString("Password[…]")
                .asString().doesNotContain("horse");
    }

    @Test
    void a_password_holding_a_nul_or_an_unpaired_surrogate_is_refused() {
        assertCode("a long enough password\u0000", "forbidden_characters");
        assertCode("a long\u0000enough password", "forbidden_characters");
        assertCode("a long enough password\uD800", "forbidden_characters");
        assertThat(Password.of("Zoë's \t long \uD83D\uDD11 pass-phrase")).isNotNull();
    }

    @Test
    void the_field_is_named() {
        assertThatThrownBy(() -> Password.parse("newPassword", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("newPassword"));
    }

    private static void assertCode(String password, String code) {
        assertThatThrownBy(() -> Password.of(password))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("password");
                    assertThat(e.errors().get(0).code()).isEqualTo(code);
                    assertThat(e.getMessage()).doesNotContain(password == null || password.isBlank() ? "\u0000" : password);
                });
    }
}
