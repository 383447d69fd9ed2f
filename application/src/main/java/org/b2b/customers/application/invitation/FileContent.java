package org.b2b.customers.application.invitation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The content of an uploaded file, handed to a use case unread: the use case opens it once, reads it as a stream
 * and closes it, so that a large upload never has to be held in memory whole.
 */
@FunctionalInterface
public interface FileContent {

    InputStream open() throws IOException;

    /** Content already in memory, as tests and embedding callers have it. */
    static FileContent of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }
}
