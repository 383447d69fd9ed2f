package org.b2b.customers.passwordscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.domain.user.Password;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZxcvbnPasswordScreenTest {

    private final ZxcvbnPasswordScreen screen = new ZxcvbnPasswordScreen();

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiopas", "abcdefghijkl", "aaaaaaaaaaaa"})
    void refusesCommonPasswordsAndRunsWithAReason(String common) {
        assertThat(screen.weakness(Password.of(common), List.of())).hasValueSatisfying(reason ->
                assertThat(reason).isNotBlank());
    }

    @Test
    void namesTheCommonPasswordAsTheReason() {
        assertThat(screen.weakness(Password.of("password1234"), List.of()))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("This is a very common password."));
    }

    /** The passwords of the README's walk-through and of the demo data. */
    @ParameterizedTest
    @ValueSource(strings = {"change me at once please", "demo password for everyone", "a long password for rita",
            "anna has a long password"})
    void acceptsPassPhrases(String phrase) {
        assertThat(screen.weakness(Password.of(phrase), List.of())).isEmpty();
    }

    @Test
    void countsThePersonsOwnWordsAsGuessedFirst() {
        Password own = Password.of("zoe.wunderlich@buyer.example");
        assertThat(screen.weakness(own, List.of())).isEmpty();
        assertThat(screen.weakness(own, List.of("zoe.wunderlich@buyer.example"))).isPresent();
    }
}
