package org.b2b.customers.application.port.out;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.user.Password;

/** Tells passwords that attackers guess early (common ones, keyboard runs, the person's own name) from strong ones. */
public interface PasswordScreen {

    /**
     * Why the password is too easy to guess, in words for the person choosing it, or empty when it may be used.
     * The personal words (an email, a name) count as guessed first, as an attacker who knows the person would.
     */
    Optional<String> weakness(Password password, List<String> personalWords);
}
