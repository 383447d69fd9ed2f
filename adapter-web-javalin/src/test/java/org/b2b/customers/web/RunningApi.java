package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.b2b.customers.application.port.in.member.MemberView;
import org.b2b.customers.application.port.in.user.UserView;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;

/**
 * A started web server on the in-memory system, and a small HTTP client for it: real requests over a socket, as
 * any client sends them.
 */
final class RunningApi implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final InMemorySystem system = InMemorySystem.start();
    private final WebServer server;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    RunningApi() {
        server = new WebServer(new Health(() -> true), system.useCases(), system.clock());
        port = server.start("127.0.0.1", 0);
    }

    InMemorySystem system() {
        return system;
    }

    TestData data() {
        return system.testData();
    }

    WebServer server() {
        return server;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A bearer token of the first administrator. */
    String adminToken() {
        return tokenOf(InMemorySystem.ADMIN_EMAIL, InMemorySystem.ADMIN_PASSWORD);
    }

    String tokenOf(UserView user) {
        return tokenOf(user.email(), TestData.PASSWORD);
    }

    String tokenOf(MemberView member) {
        return tokenOf(member.email(), TestData.PASSWORD);
    }

    String tokenOf(String email, String password) {
        Reply reply = send("POST", "/api/v1/auth/token", null, body(Map.of("email", email, "password", password)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("token").asText();
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body(body));
    }

    Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body(body));
    }

    Reply patch(String path, String token, Object body) {
        return send("PATCH", path, token, body(body));
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    /** Sends a request with a raw body (null: none) and extra headers, name and value in turn. */
    Reply send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String body(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
