package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebServerTest {

    private final AtomicBoolean databaseAnswers = new AtomicBoolean(true);
    private final HttpClient http = HttpClient.newHttpClient();
    private final InMemorySystem system = InMemorySystem.start();
    private WebServer server;
    private int port;

    @BeforeEach
    void start() {
        server = new WebServer(new Health(databaseAnswers::get), system.useCases(), TrustedProxies.none(), Duration.ZERO);
        port = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void liveness_answers_while_the_process_runs() throws Exception {
        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void readiness_follows_the_database() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        databaseAnswers.set(false);
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
    }

    @Test
    void an_unknown_path_of_the_api_is_a_problem_document() throws Exception {
        HttpResponse<String> response = get("/api/v1/no/such/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problems.CONTENT_TYPE));
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    @Test
    void an_unknown_path_among_the_pages_is_the_page_not_found_in_the_browsers_language() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/companies/no/such/thing")).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
                .containsIgnoringCase("charset=utf-8");
        assertThat(response.body()).contains("<h1>Seite nicht gefunden</h1>").doesNotContain("Exception");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
