package org.b2b.customers.domain.user;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StorableText;

/**
 * A password as a person typed it, checked against the length rules of OWASP ASVS (at least 12 characters, long
 * pass-phrases allowed, no composition rules). It is only ever hashed, never stored or printed; still it keeps the
 * rule of every text ({@link StorableText}): PBKDF2's HMAC pads its key with zero bytes, so a password ending in NULs
 * would hash like the same password without them, and an unpaired surrogate has no UTF-8 bytes to hash.
 */
public final class Password {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    public static Password of(String value) {
        return parse("password", value);
    }

    public static Password parse(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw InvalidInputException.of(field, "required", "must not be blank");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw InvalidInputException.of(field, "too_short", "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw InvalidInputException.of(field, "too_long", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.isBlank()) {
            throw InvalidInputException.of(field, "required", "must not be only spaces");
        }
        return new Password(StorableText.require(field, value));
    }

    /** The characters, for the hasher alone. */
    public char[] characters() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return "Password[…]";
    }
}
