package org.b2b.customers.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.b2b.customers.domain.invitation.RegistrationTokens;

/**
 * The key that registration links are derived with. It must live outside the database, so that a copy of the
 * database alone cannot accept invitations: it comes from {@code CM_REGISTRATION_KEY} (base64, at least 32
 * bytes; give every server of one installation the same), or else from a file beside the embedded database,
 * made on first start and readable by its owner only.
 */
final class RegistrationKey {

    static final Path DEFAULT_FILE = Path.of("data", "registration.key");

    private RegistrationKey() {}

    static byte[] load(Optional<String> configured, Path file) {
        if (configured.isPresent()) {
            byte[] key = decode(configured.get());
            if (key.length < 32) {
                throw new IllegalArgumentException("CM_REGISTRATION_KEY must be base64 of at least 32 bytes");
            }
            return key;
        }
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip());
            }
            byte[] key = RegistrationTokens.newKey();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // A file system without POSIX permissions keeps its default ones.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the registration key at " + file, e);
        }
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the registration key is not base64");
        }
    }
}
