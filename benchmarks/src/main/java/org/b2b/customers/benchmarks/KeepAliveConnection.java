package org.b2b.customers.benchmarks;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One HTTP/1.1 connection over loopback, kept alive for request after request, that sends GETs and reads whole
 * answers, unzipping gzipped ones and counting the bytes that came. A bare socket rather than
 * {@code java.net.http.HttpClient}: on two cores the load driver shares the processors with the servers it
 * measures, and a blocking socket per connection costs no selector thread, no futures and no header maps.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** A server that stalls longer than this fails the run instead of hanging it. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /**
     * An answer: its status, its {@code ETag}, {@code Content-Type} and {@code Content-Encoding} if any, its body as
     * text (unzipped when it came gzipped), the body's bytes as they came, and all bytes of the answer with its
     * headers.
     */
    record Answer(int status, Optional<String> etag, Optional<String> contentType, Optional<String> contentEncoding,
            String body, long bodyBytes, long wireBytes) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String headers;
    private long read;

    /** A connection to {@code port} on 127.0.0.1 that sends {@code Authorization: Bearer token} when one is given. */
    KeepAliveConnection(int port, Optional<String> bearerToken) throws IOException {
        this(port, bearerToken.map(token -> List.of("Accept: application/json", "Authorization: Bearer " + token))
                .orElse(List.of("Accept: application/json")));
    }

    /** A connection to {@code port} on 127.0.0.1 that sends these header lines, besides {@code Host}, every time. */
    KeepAliveConnection(int port, List<String> headerLines) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
        headers = "Host: 127.0.0.1:" + port + "\r\n" + String.join("", headerLines.stream().map(h -> h + "\r\n")
                .toList()) + "\r\n";
    }

    Answer get(String path) throws IOException {
        read = 0;
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
        Optional<String> contentType = Optional.empty();
        Optional<String> contentEncoding = Optional.empty();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "etag" -> etag = Optional.of(value);
                case "content-type" -> contentType = Optional.of(value);
                case "content-encoding" -> contentEncoding = Optional.of(value);
                default -> { }
            }
        }
        if (closing) {
            // A closed connection would be reopened silently by a real client; here it would distort the figures.
            throw new IOException("the server closed the keep-alive connection after " + statusLine);
        }
        byte[] body = chunked ? chunkedBody() : exactly(Math.max(length, 0));
        long bodyBytes = body.length;
        if (contentEncoding.filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unzipped.readAllBytes();
            }
        }
        return new Answer(status, etag, contentType, contentEncoding, new String(body, UTF_8), bodyBytes, read);
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
        read += bytes.length;
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
            read++;
            if (b != '\r') {
                line.append((char) b);
            }
        }
        read++;
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
