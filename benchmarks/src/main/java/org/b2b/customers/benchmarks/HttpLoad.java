package org.b2b.customers.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Load on one HTTP endpoint over loopback, from keep-alive connections that each have a thread of their own, asking
 * for the given paths in turn. Two ways: a closed loop, where every connection sends its next request as soon as the
 * last is answered (peak throughput); and a constant rate, where requests are due at fixed intervals and each
 * latency is counted from when its request was due rather than from when it could be sent, so that a stalled server
 * shows as the queue it causes instead of as a pause in the load (coordinated omission). Every run stops by itself:
 * after its time, or its count of requests, or when a connection has waited too long for an answer.
 */
final class HttpLoad {

    /** No server here answers faster than this: a ceiling on the requests of a closed loop, beside its time. */
    private static final long MOST_REQUESTS_PER_SECOND = 200_000;
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final long HEAD_START_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final int port;
    private final Optional<String> bearerToken;
    private final List<String> paths;

    HttpLoad(int port, Optional<String> bearerToken, List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("load needs at least one path to ask for");
        }
        this.port = port;
        this.bearerToken = bearerToken;
        this.paths = List.copyOf(paths);
    }

    /**
     * What a closed loop achieved: answers, of which how many were not 200, in how many seconds, and the processor
     * seconds this whole process spent meanwhile (servers and driver alike).
     */
    record Throughput(long answers, long failures, double seconds, double processorSeconds) {

        double perSecond() {
            return answers / seconds;
        }

        /**
         * Processor time per answer, in microseconds. Other processes on the machine slow an answer down but
         * hardly change what it costs, so on a shared machine this compares two servers better than their rates.
         */
        double processorMicrosPerAnswer() {
            return processorSeconds * 1e6 / answers;
        }
    }

    /** What a constant rate showed: the rate asked for, the answers, failures and time, and latencies in ms. */
    record Latencies(double rate, long answers, long failures, double seconds, double p50, double p99, double p999,
            double max) {

        /** The rate the server kept up with; below {@link #rate()} when it fell behind. */
        double achievedRate() {
            return answers / seconds;
        }
    }

    /** {@code connections} connections, each asking again as soon as it has an answer, for {@code seconds}. */
    Throughput closedLoop(int connections, double seconds) throws IOException, InterruptedException {
        long mostPerConnection = (long) Math.ceil(MOST_REQUESTS_PER_SECOND * seconds / connections);
        long processorBefore = PROCESS.getProcessCpuTime();
        Run run = onConnections(connections, (connection, index, start, tally) -> {
            long end = start + (long) (seconds * 1e9);
            for (long n = 0; n < mostPerConnection && System.nanoTime() < end; n++) {
                long sent = System.nanoTime();
                tally.answered(connection.get(path(index, n)).status(), sent);
            }
        });
        double processorSeconds = (PROCESS.getProcessCpuTime() - processorBefore) / 1e9;
        return new Throughput(run.latencies().getTotalCount(), run.failures(), run.seconds(), processorSeconds);
    }

    /** {@code requests} requests on one connection, each sent when the last is answered, for counting what they cost. */
    Throughput oneByOne(long requests) throws IOException, InterruptedException {
        long processorBefore = PROCESS.getProcessCpuTime();
        Run run = onConnections(1, (connection, index, start, tally) -> {
            for (long n = 0; n < requests; n++) {
                long sent = System.nanoTime();
                tally.answered(connection.get(path(index, n)).status(), sent);
            }
        });
        double processorSeconds = (PROCESS.getProcessCpuTime() - processorBefore) / 1e9;
        return new Throughput(run.latencies().getTotalCount(), run.failures(), run.seconds(), processorSeconds);
    }

    /**
     * {@code perSecond} requests a second, due at even intervals and dealt to {@code connections} connections in
     * turn, for {@code seconds}. A connection still waiting for an answer when its next request is due sends that
     * request late, and the lateness counts in its latency.
     */
    Latencies constantRate(double perSecond, int connections, double seconds) throws IOException, InterruptedException {
        long total = Math.round(perSecond * seconds);
        double interval = 1e9 / perSecond;
        Run run = onConnections(connections, (connection, index, start, tally) -> {
            for (long due = index; due < total; due += connections) {
                long dueAt = start + (long) (due * interval);
                for (long wait = dueAt - System.nanoTime(); wait > 0; wait = dueAt - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                tally.answered(connection.get(path(index, due / connections)).status(), dueAt);
            }
        });
        Histogram latencies = run.latencies();
        return new Latencies(perSecond, latencies.getTotalCount(), run.failures(), run.seconds(),
                ms(latencies.getValueAtPercentile(50)), ms(latencies.getValueAtPercentile(99)),
                ms(latencies.getValueAtPercentile(99.9)), ms(latencies.getMaxValue()));
    }

    /** The work of one connection, given its index among the connections and the common start in nanoTime. */
    @FunctionalInterface
    private interface ConnectionWork {
        void run(KeepAliveConnection connection, int index, long start, Tally tally) throws IOException;
    }

    /** What one connection saw: latencies in nanoseconds, answers other than 200, and when the last came. */
    private static final class Tally {

        private final Histogram latencies = new Histogram(3);
        private long failures;
        private long lastAnswerAt;

        /** An answer of this status to the request counted from {@code since} (nanoTime). */
        void answered(int status, long since) {
            lastAnswerAt = System.nanoTime();
            latencies.recordValue(lastAnswerAt - since);
            if (status != 200) {
                failures++;
            }
        }
    }

    /** All connections together: their latencies, failures, and the seconds from the start to the last answer. */
    private record Run(Histogram latencies, long failures, double seconds) {}

    /** Opens the connections, starts their work together a moment later, waits for all and adds up what they saw. */
    private Run onConnections(int connections, ConnectionWork work) throws IOException, InterruptedException {
        List<KeepAliveConnection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                opened.add(new KeepAliveConnection(port, bearerToken));
            }
            List<Tally> tallies = new ArrayList<>();
            List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime() + HEAD_START_NANOS;
            for (int i = 0; i < connections; i++) {
                int index = i;
                Tally tally = new Tally();
                tallies.add(tally);
                threads.add(new Thread(() -> {
                    try {
                        work.run(opened.get(index), index, start, tally);
                    } catch (IOException | RuntimeException e) {
                        failures.add(e);
                    }
                }, "http-load-" + i));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            if (!failures.isEmpty()) {
                IOException failed = new IOException("a load connection failed: " + failures.get(0), failures.get(0));
                failures.stream().skip(1).forEach(failed::addSuppressed);
                throw failed;
            }
            Histogram latencies = new Histogram(3);
            tallies.forEach(tally -> latencies.add(tally.latencies));
            long lastAnswerAt = tallies.stream().mapToLong(tally -> tally.lastAnswerAt).max().orElseThrow();
            return new Run(latencies, tallies.stream().mapToLong(tally -> tally.failures).sum(),
                    (lastAnswerAt - start) / 1e9);
        } finally {
            for (KeepAliveConnection connection : opened) {
                connection.close();
            }
        }
    }

    /** The path the {@code n}th request of connection {@code index} asks for: each connection starts elsewhere. */
    private String path(int index, long n) {
        return paths.get((int) ((index * 7919L + n) % paths.size()));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
