package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_EMAIL;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_PASSWORD;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.b2b.customers.web.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as its own process, stopped the way a service manager stops it: with SIGTERM while a request
 * is in flight.
 */
class StopOnSigtermTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private Process server;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void kill() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void on_sigterm_the_server_answers_the_request_in_flight_refuses_new_connections_and_exits_0() throws Exception {
        int port = start();
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
            server.toHandle().destroy();
            awaitConnectionsRefused(port);
            out.write(login);
            out.flush();
            String answer = new String(inFlight.getInputStream().readAllBytes(), UTF_8);

            assertThat(answer).as(String.join("\n", log)).startsWith("HTTP/1.1 200 OK").contains("\"token\"");
        }
        assertThat(server.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("the server exits").isTrue();
        assertThat(server.exitValue()).as(String.join("\n", log)).isZero();
        assertThat(log).anyMatch(line -> line.contains("stopped cleanly"));
        assertThat(log).as("no stack trace or error on a normal stop")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception") || line.contains(" ERROR "));
    }

    /** Starts {@link Main} in a JVM of its own, on an H2 file here, and answers the port it logs. */
    private int start() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CM_"));
        builder.environment().putAll(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + directory.resolve("customers")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_ADMIN_EMAIL", ADMIN_EMAIL,
                "CM_ADMIN_PASSWORD", ADMIN_PASSWORD));
        server = builder.start();
        Thread reader = new Thread(() -> collect(server.getInputStream()), "server-log");
        reader.setDaemon(true);
        reader.start();
        Pattern listening = Pattern.compile("listening on port (\\d+)");
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            for (String line : log) {
                Matcher matcher = listening.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new AssertionError("the server did not log its port: " + String.join("\n", log));
    }

    private void collect(InputStream output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.add(line);
            }
        } catch (IOException e) {
            log.add("(the server's output broke off: " + e.getMessage() + ")");
        }
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
