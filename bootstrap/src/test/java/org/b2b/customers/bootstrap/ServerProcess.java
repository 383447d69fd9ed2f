package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * {@link Main} in a JVM of its own, as a service manager runs it: started in a directory with {@code CM_*}
 * variables, its output collected, and stopped with a signal — SIGTERM as a stop, SIGKILL as a crash.
 */
final class ServerProcess implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Process process;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final int port;

    private ServerProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> collect(process.getInputStream()), "server-log");
        reader.setDaemon(true);
        reader.start();
        this.port = awaitPort();
    }

    /** Starts the server in the directory with these variables and nothing else of ours, and waits for its port. */
    static ServerProcess start(Path directory, Map<String, String> environment) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("CM_"));
        builder.environment().put("CM_HTTP_PORT", "0");
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start());
    }

    int port() {
        return port;
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    /** What the server has written so far, a line each. */
    List<String> log() {
        return log;
    }

    Process process() {
        return process;
    }

    /** SIGTERM, as a service manager stops a service; the server's output stays open to read. */
    void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL, as a crash or a power cut would end it, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("the server outlived SIGKILL");
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private int awaitPort() {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : log) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        process.destroyForcibly();
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
}
