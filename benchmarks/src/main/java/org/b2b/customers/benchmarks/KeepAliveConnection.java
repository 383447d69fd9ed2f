package org.b2b.customers.benchmarks;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 connection over loopback, kept alive for request after request, that sends GETs and reads whole
 * answers. A bare socket rather than {@code java.net.http.HttpClient}: on two cores the load driver shares the
 * processors with the servers it measures, and a blocking socket per connection costs no selector thread, no
 * futures and no header maps.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** A server that stalls longer than this fails the run instead of hanging it. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** An answer: its status, its {@code ETag} if any, and its body as text. */
    record Answer(int status, Optional<String> etag, String body) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String headers;

    /** A connection to {@code port} on 127.0.0.1 that sends {@code Authorization: Bearer token} when one is given. */
    KeepAliveConnection(int port, Optional<String> bearerToken) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
        headers = "Host: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                + bearerToken.map(token -> "Authorization: Bearer " + token + "\r\n").orElse("") + "\r\n";
    }

    Answer get(String path) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\n" + headers).getBytes(US_ASCII));
        out.flush();
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        Optional<String> etag = Optional.empty();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "etag" -> etag = Optional.of(value);
                default -> { }
            }
        }
        if (closing) {
            // A closed connection would be reopened silently by a real client; here it would distort the figures.
            throw new IOException("the server closed the keep-alive connection after " + statusLine);
        }
        String body = chunked ? new String(chunkedBody(), UTF_8) : new String(exactly(Math.max(length, 0)), UTF_8);
        return new Answer(status, etag, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(exactly(size));
            line();
        }
        skipTrailers();
        return body.toByteArray();
    }

    private void skipTrailers() throws IOException {
        String trailer;
        do {
            trailer = line();
        } while (!trailer.isEmpty());
    }

    private int chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Integer.parseInt(extension < 0 ? line.strip() : line.substring(0, extension).strip(), 16);
    }

    private byte[] exactly(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException("the answer ended after " + bytes.length + " of " + count + " bytes");
        }
        return bytes;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
