package org.b2b.customers.application.port.out;

import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;

/** Turns passwords into slow salted hashes and checks candidates against them. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    /** Whether the candidate is the password; takes as long for a wrong candidate as for a right one. */
    boolean matches(String candidate, PasswordHash hash);

    /** Spends the time of one check without a hash, for logins with an unknown email: timing must not tell. */
    void spendOneCheck(String candidate);

    /** Whether the hash was made with weaker parameters than this hasher uses now and should be redone at login. */
    boolean needsRehash(PasswordHash hash);
}
