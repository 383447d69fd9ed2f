package org.b2b.customers.domain.invitation;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and checks the secret tokens of registration links. A token is HMAC-SHA-256 of a random 256-bit seed
 * under a key kept outside the database; storage holds the seed and SHA-256 of the token. So "copy link" can
 * rebuild the token, while a database copy alone can neither rebuild nor guess it.
 */
public final class RegistrationTokens {

    private static final int BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public RegistrationTokens(byte[] key) {
        if (key.length < BYTES) {
            throw new IllegalArgumentException("the registration key has at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** A fresh secret for a new or renewed invitation. */
    public InvitationSecret issue() {
        byte[] seed = new byte[BYTES];
        random.nextBytes(seed);
        String seedText = BASE64URL.encodeToString(seed);
        return new InvitationSecret(seedText, fingerprintOf(tokenOf(seedText)));
    }

    /** The token of the link, rebuilt from the stored secret. */
    public String tokenFor(InvitationSecret secret) {
        return tokenOf(secret.seed());
    }

    /** What storage indexes a token by. */
    public String fingerprintOf(String token) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether a text could be a token at all, before any lookup: 43 base64url characters. */
    public static boolean isWellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    /** A new random key, for installations that have none yet. */
    public static byte[] newKey() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private String tokenOf(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return BASE64URL.encodeToString(mac.doFinal(seed.getBytes(US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
