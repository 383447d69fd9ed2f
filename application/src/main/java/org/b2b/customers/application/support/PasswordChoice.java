package org.b2b.customers.application.support;

import java.util.List;
import org.b2b.customers.application.port.out.PasswordScreen;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.Password;

/** The rules for a password someone sets: the domain's length rules, then the screen against easy guesses. */
public final class PasswordChoice {

    private final PasswordScreen screen;

    public PasswordChoice(PasswordScreen screen) {
        this.screen = screen;
    }

    /** The password of the field, refused with {@code too_guessable} and the screen's reason when easy to guess. */
    public Password parse(String field, String text, List<String> personalWords) {
        Password password = Password.parse(field, text);
        screen.weakness(password, personalWords).ifPresent(reason -> {
            throw InvalidInputException.of(field, "too_guessable", "is too easy to guess: " + reason);
        });
        return password;
    }
}
