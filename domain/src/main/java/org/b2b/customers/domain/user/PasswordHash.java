package org.b2b.customers.domain.user;

import static java.util.Objects.requireNonNull;

/**
 * A password as stored: an encoded slow salted hash that carries its own algorithm and parameters, so that
 * parameters can be raised later without invalidating existing hashes. The domain never sees a hash function.
 */
public record PasswordHash(String encoded) {

    public PasswordHash {
        requireNonNull(encoded);
        if (encoded.isBlank() || encoded.length() > 512) {
            throw new IllegalArgumentException("a password hash is a non-blank encoded string");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[…]";
    }
}
