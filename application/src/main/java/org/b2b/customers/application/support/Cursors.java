package org.b2b.customers.application.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.StorableText;

/**
 * Opaque page cursors: the sort key of the last row of a page, base64url-encoded, so clients cannot build or
 * depend on them. A cursor that does not decode, or decodes to what no stored key holds (a NUL), is invalid input,
 * never a server error.
 */
public final class Cursors {

    private static final char SEPARATOR = '\u001F';

    private Cursors() {}

    public static String encode(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (text.length() > 0) {
                text.append(SEPARATOR);
            }
            text.append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(UTF_8));
    }

    /** Decodes a cursor of {@code parts} parts and reads it into a key; anything malformed is invalid input. */
    public static <K> Optional<K> decode(Optional<String> cursor, int parts, Function<List<String>, K> reader) {
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = StorableText.require("cursor", new String(Base64.getUrlDecoder().decode(cursor.get()), UTF_8));
            List<String> values = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != parts) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return Optional.of(reader.apply(values));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "invalid_cursor", "is not a cursor of this list");
        }
    }
}
