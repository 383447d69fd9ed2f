package org.b2b.customers.application.support;

import java.util.List;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.port.out.PasswordScreen;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;

/** The rules for a password someone sets (length, then the screen against easy guesses), and its hash. */
public final class PasswordChoice {

    private final PasswordScreen screen;
    private final PasswordHasher hasher;

    public PasswordChoice(PasswordScreen screen, PasswordHasher hasher) {
        this.screen = screen;
        this.hasher = hasher;
    }

    /** The password of the field, refused with {@code too_guessable} and the screen's reason when easy to guess. */
    public Password parse(String field, String text, List<String> personalWords) {
        Password password = Password.parse(field, text);
        screen.weakness(password, personalWords).ifPresent(reason -> {
            throw InvalidInputException.of(field, "too_guessable", "is too easy to guess: " + reason);
        });
        return password;
    }

    /** The hash to store; slow on purpose, so callers run it outside any transaction. */
    public PasswordHash hash(Password password) {
        return hasher.hash(password);
    }
}
