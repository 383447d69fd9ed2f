package org.b2b.customers.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * What is left unread of a refused request's body (too large, of the wrong type, or never looked at because the
 * caller may not send it), read and dropped before the answer goes out. A client sends the whole body before it
 * reads the answer; a server that answers and closes while the body is still arriving resets the connection, and
 * the client loses the answer (Apache's "lingering close" solves the same problem).
 */
final class UnreadBody {

    /** Beyond this a client is not sending a request that happens to be too large; its connection is closed. */
    static final long DRAINED_AT_MOST = 4 * WebServer.MAX_REQUEST_BYTES;

    private UnreadBody() {}

    /** Reads the rest of the request's body; answers whether it ended within the bound. */
    static boolean drain(Context ctx) {
        byte[] dropped = new byte[16 * 1024];
        long left = DRAINED_AT_MOST;
        try {
            InputStream body = ctx.req().getInputStream();
            int read;
            while ((read = body.read(dropped, 0, (int) Math.min(dropped.length, left + 1))) >= 0) {
                left -= read;
                if (left < 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }
}
