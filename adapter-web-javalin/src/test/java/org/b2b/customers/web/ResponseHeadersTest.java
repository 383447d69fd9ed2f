package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every answer, of a route, a page, a refusal or of Jetty itself, carries the headers that keep it out of caches. */
class ResponseHeadersTest {

    private final InMemorySystem system = InMemorySystem.start();
    private WebServer server;

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void every_kind_of_answer_is_kept_out_of_caches_and_not_sniffed_and_https_only_behind_an_https_address() throws IOException {
        int port = start(URI.create("https://customers.example.com"));
        String token = new ApiClient(port).tokenOf(InMemorySystem.ADMIN_EMAIL, InMemorySystem.ADMIN_PASSWORD);

        List<String> answers = List.of(
                get(port, "/health/live", ""),
                get(port, "/api/v1/me", "Authorization: Bearer " + token + "\r\n"),
                get(port, "/api/v1/me", ""),
                get(port, "/no/such/thing", ""),
                get(port, "/register/" + "A".repeat(43), ""),
                get(port, "/api/v1/registrations/" + "A".repeat(43), ""),
                raw(port, "GET /api/v1/me%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw(port, "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nBad Header\r\nConnection: close\r\n\r\n"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer)
                .containsIgnoringCase("\r\nCache-Control: no-store\r\n")
                .containsIgnoringCase("\r\nX-Content-Type-Options: nosniff\r\n")
                .containsIgnoringCase("\r\nStrict-Transport-Security: max-age=31536000\r\n"));
        assertThat(answers).extracting(answer -> answer.substring(9, 12))
                .containsExactly("200", "200", "401", "404", "404", "404", "400", "400");
    }

    @Test
    void a_plain_http_address_gets_no_strict_transport_security() throws IOException {
        int port = start(URI.create("http://localhost:7070"));

        String answer = get(port, "/health/live", "");

        assertThat(answer).containsIgnoringCase("\r\nCache-Control: no-store\r\n")
                .doesNotContainIgnoringCase("Strict-Transport-Security");
    }

    private int start(URI publicUrl) {
        server = new WebServer(new Health(() -> true), system.useCases(), TrustedProxies.none(), Duration.ZERO,
                publicUrl);
        return server.start("127.0.0.1", 0);
    }

    private static String get(int port, String path, String headers) throws IOException {
        return raw(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n");
    }

    /** The answer's status line and headers, as sent: a request Jetty cannot read must still reach the server. */
    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end + 2);
        }
    }
}
