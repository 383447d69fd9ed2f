package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_EMAIL;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_PASSWORD;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.b2b.customers.web.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as its own process, stopped the way a service manager stops it: with SIGTERM while a request
 * is in flight.
 */
class StopOnSigtermTest {

    private static final Duration DEADLINE = ServerProcess.DEADLINE;

    @TempDir
    Path directory;

    private ServerProcess server;

    @AfterEach
    void kill() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void on_sigterm_the_server_answers_the_request_in_flight_refuses_new_connections_and_exits_0() throws Exception {
        server = ServerProcess.start(directory, Map.of(
                "CM_DB_URL", "jdbc:h2:file:" + directory.resolve("customers")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_ADMIN_EMAIL", ADMIN_EMAIL,
                "CM_ADMIN_PASSWORD", ADMIN_PASSWORD));
        int port = server.port();
        List<String> log = server.log();
        byte[] login = ApiClient.body(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).getBytes(UTF_8);

        try (Socket inFlight = new Socket("127.0.0.1", port)) {
            inFlight.setSoTimeout((int) DEADLINE.toMillis());
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + login.length + "\r\nExpect: 100-continue\r\n\r\n").getBytes(UTF_8));
            out.flush();
            // The server asks for the body only once the login's handler reads it: from here on it is in flight.
            assertThat(readLine(inFlight.getInputStream())).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(readLine(inFlight.getInputStream())).isEmpty();

            // SIGTERM, as Process.destroy() sends it, but without closing our end of the server's output.
            server.terminate();
            awaitConnectionsRefused(port);
            out.write(login);
            out.flush();
            String answer = new String(inFlight.getInputStream().readAllBytes(), UTF_8);

            assertThat(answer).as(String.join("\n", log)).startsWith("HTTP/1.1 200 OK").contains("\"token\"");
        }
        assertThat(server.process().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the server exits").isTrue();
        assertThat(server.process().exitValue()).as(String.join("\n", log)).isZero();
        assertThat(log).anyMatch(line -> line.contains("stopped cleanly"));
        assertThat(log).as("no stack trace or error on a normal stop")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception") || line.contains(" ERROR "));
    }

    private static void awaitConnectionsRefused(int port) throws IOException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            } catch (ConnectException refused) {
                return;
            }
        }
        throw new AssertionError("the server still took connections " + DEADLINE.toSeconds() + " s after SIGTERM");
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("the connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
