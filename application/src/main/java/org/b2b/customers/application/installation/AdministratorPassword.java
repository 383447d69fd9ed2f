package org.b2b.customers.application.installation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.application.support.PasswordChoice;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;

/** The first administrator's password: the one the installer gives, if the screen passes it, or one made up here. */
final class AdministratorPassword {

    private final PasswordChoice passwords;
    private final PasswordHasher hasher;

    AdministratorPassword(PasswordChoice passwords, PasswordHasher hasher) {
        this.passwords = passwords;
        this.hasher = hasher;
    }

    /** The given password, refused when easy to guess, the administrator's address counting as a guess. */
    Optional<Password> given(Optional<String> text, EmailAddress email) {
        return text.map(p -> passwords.parse("adminPassword", p, List.of(email == null ? "" : email.value())));
    }

    /** A random password of 144 bits, which the installation report shows once. */
    String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    PasswordHash hash(Password password) {
        return hasher.hash(password);
    }
}
