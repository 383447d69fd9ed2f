package org.b2b.customers.application.user;

import java.util.Objects;
import java.util.stream.Stream;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;

/** Hashes a new user's chosen password once {@link PasswordChoice} lets it pass, screened with their own words. */
final class ChosenPasswords {

    private final PasswordChoice choice;
    private final PasswordHasher hasher;

    ChosenPasswords(PasswordChoice choice, PasswordHasher hasher) {
        this.choice = choice;
        this.hasher = hasher;
    }

    PasswordHash hashOf(CreateUserCommand command) {
        Password password = command == null ? Password.parse("password", null) : choice.parse("password",
                command.password(), Stream.of(command.email(), command.firstName(), command.lastName())
                        .filter(Objects::nonNull).toList());
        return hasher.hash(password);
    }
}
