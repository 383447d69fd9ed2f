package org.b2b.customers.application.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.b2b.customers.application.port.out.PasswordHasher;
import org.b2b.customers.domain.user.Password;
import org.b2b.customers.domain.user.PasswordHash;

/**
 * PBKDF2-HMAC-SHA256 with a 128-bit random salt, at OWASP's 600,000 iterations by default. Each hash is stored as
 * {@code pbkdf2-sha256$iterations$salt$hash}, so raising the iterations later keeps old hashes valid.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** OWASP Password Storage Cheat Sheet, PBKDF2-HMAC-SHA256. */
    public static final int OWASP_ITERATIONS = 600_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final PasswordHash decoy;

    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.decoy = hash("decoy password never used".toCharArray());
    }

    /** The production strength. */
    public static Pbkdf2PasswordHasher owasp() {
        return new Pbkdf2PasswordHasher(OWASP_ITERATIONS);
    }

    @Override
    public PasswordHash hash(Password password) {
        return hash(password.characters());
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            // An unknown format still costs one derivation, so it cannot be told apart by timing.
            derive(candidate.toCharArray(), new byte[SALT_BYTES], iterations);
            return false;
        }
        int rounds = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(candidate.toCharArray(), salt, rounds));
    }

    @Override
    public void spendOneCheck(String candidate) {
        matches(candidate, decoy);
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        return parts.length != 4 || !parts[0].equals(SCHEME) || Integer.parseInt(parts[1]) < iterations;
    }

    private PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        return new PasswordHash(SCHEME + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash));
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
