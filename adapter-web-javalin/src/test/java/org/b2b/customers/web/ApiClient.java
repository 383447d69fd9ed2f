package org.b2b.customers.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A small HTTP client of a running server's API: real requests over a socket, as any client sends them. Every
 * exchange is recorded, so that the replies can be checked against the OpenAPI document.
 */
public class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "----boundary7MA4YWxkTrZu0gW";

    private final int port;
    private final Exchanges exchanges;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(int port) {
        this(port, new Exchanges());
    }

    /** A client that records its exchanges where others record theirs too. */
    public ApiClient(int port, Exchanges exchanges) {
        this.port = port;
        this.exchanges = exchanges;
    }

    public int port() {
        return port;
    }

    /** What this client sent and got so far. */
    public Exchanges exchanges() {
        return exchanges;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Logs in and answers the bearer token; fails the test when the login is refused. */
    public String tokenOf(String email, String password) {
        Reply reply = post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("token").asText();
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body(body));
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body(body));
    }

    public Reply patch(String path, String token, Object body) {
        return send("PATCH", path, token, body(body));
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Sends a request with a raw body (null: none) and extra headers, name and value in turn. */
    public Reply send(String method, String path, String token, String body, String... headers) {
        return body == null
                ? sendBytes(method, path, token, null, null, headers)
                : sendBytes(method, path, token, "application/json", body.getBytes(UTF_8), headers);
    }

    /** Sends these bytes (null: no body) as they are, with this {@code Content-Type} (null: none) and extra headers. */
    public Reply sendBytes(String method, String path, String token, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
            exchanges.record(new Exchange(request.method(), request.uri().getRawPath(), reply));
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart form POST with these text fields and, unless {@code file} is null, a file of that type. */
    public HttpRequest multipart(String path, String token, Map<String, String> fields, String fileName,
            String contentType, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** A value as a JSON body; a string is taken as JSON already. */
    public static String body(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
