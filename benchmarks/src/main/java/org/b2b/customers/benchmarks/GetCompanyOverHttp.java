package org.b2b.customers.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * P2: {@code GET /api/v1/companies/{id}} from our web adapter (bearer token, use case, jOOQ, JSON) against the bare
 * raw handler, on one database in this process, each asked for the representative's companies in turn with the same
 * requests. First the peak throughput of each, in a closed loop, in rounds that alternate between the two so that a
 * burst of noise from elsewhere on the machine hits both alike; then the round trips each sends to the database per
 * request, counted over requests sent one by one; then both at one constant rate, half our peak, for the latencies.
 * Goals: our peak ≥ 0.7 × the raw peak on PostgreSQL (issue 14; 0.5 × on H2, where a round trip costs little); at
 * most 2 round trips per request; our p99 at that rate ≤ 10 ms.
 */
final class GetCompanyOverHttp {

    static final double GOAL_PEAK_RATIO_H2 = 0.5;
    static final double GOAL_PEAK_RATIO_POSTGRES = 0.7;
    static final double GOAL_ROUND_TRIPS = 2;
    static final double GOAL_P99_MS = 10;

    /**
     * How hard and how long: the companies asked for in turn, the connections of the closed loop and of the constant
     * rate, the closed loop's warm-up per server and its measured rounds, the requests whose round trips are counted,
     * and the constant rate's warm-up and measured seconds per server.
     */
    record Plan(int companies, int peakConnections, int rateConnections, double warmUpSeconds, int rounds,
            double roundSeconds, int countedRequests, double rateWarmUpSeconds, double rateSeconds) {

        static Plan full() {
            return new Plan(GetCompanyBenchmark.COMPANIES, 8, 16, 45, 3, 5, 1_000, 3, 20);
        }

        static Plan quick() {
            return new Plan(GetCompanyBenchmark.COMPANIES, 8, 16, 2, 1, 2, 400, 1, 5);
        }

        String describe() {
            return String.format(Locale.ROOT, "%d companies in turn; peak: %d connections, %.0f s of warm-up per"
                    + " server, then %d × %.0f s per server, alternating; round trips: %d requests one by one per"
                    + " server; constant rate: %d connections, %.0f s of warm-up, then %.0f s per server", companies,
                    peakConnections, warmUpSeconds, rounds, roundSeconds, countedRequests, rateConnections,
                    rateWarmUpSeconds, rateSeconds);
        }
    }

    /**
     * The rounds of each server's peak and the goal for their ratio on this database, the round trips per request
     * of each server, and each server's latencies at the common rate.
     */
    record Figures(Plan plan, double goalPeakRatio, List<HttpLoad.Throughput> ourPeaks,
            List<HttpLoad.Throughput> rawPeaks, double ourRoundTrips, double rawRoundTrips,
            HttpLoad.Latencies ourLatencies, HttpLoad.Latencies rawLatencies) {

        double ourPeak() {
            return mean(ourPeaks);
        }

        double rawPeak() {
            return mean(rawPeaks);
        }

        double peakRatio() {
            return ourPeak() / rawPeak();
        }

        double ourProcessorMicros() {
            return processorMicros(ourPeaks);
        }

        double rawProcessorMicros() {
            return processorMicros(rawPeaks);
        }

        long failures() {
            return ourPeaks.stream().mapToLong(HttpLoad.Throughput::failures).sum()
                    + rawPeaks.stream().mapToLong(HttpLoad.Throughput::failures).sum()
                    + ourLatencies.failures() + rawLatencies.failures();
        }

        private static double mean(List<HttpLoad.Throughput> rounds) {
            return rounds.stream().mapToDouble(HttpLoad.Throughput::perSecond).average().orElseThrow();
        }

        /** Over all rounds together: their processor time over their answers. */
        private static double processorMicros(List<HttpLoad.Throughput> rounds) {
            return rounds.stream().mapToDouble(HttpLoad.Throughput::processorSeconds).sum() * 1e6
                    / rounds.stream().mapToLong(HttpLoad.Throughput::answers).sum();
        }
    }

    private GetCompanyOverHttp() {}

    /** Measures both servers by the plan, telling each step as it goes. */
    static Figures measure(CompanyServers servers, Plan plan) throws IOException, InterruptedException {
        // The raw handler gets the same requests, token included, and ignores the token.
        Optional<String> token = Optional.of(servers.bearerToken());
        HttpLoad ours = new HttpLoad(servers.ourPort(), token, servers.paths());
        HttpLoad raw = new HttpLoad(servers.rawPort(), token, servers.paths());

        ours.closedLoop(plan.peakConnections(), plan.warmUpSeconds());
        raw.closedLoop(plan.peakConnections(), plan.warmUpSeconds());
        List<HttpLoad.Throughput> ourPeaks = new ArrayList<>();
        List<HttpLoad.Throughput> rawPeaks = new ArrayList<>();
        for (int round = 1; round <= plan.rounds(); round++) {
            rawPeaks.add(raw.closedLoop(plan.peakConnections(), plan.roundSeconds()));
            ourPeaks.add(ours.closedLoop(plan.peakConnections(), plan.roundSeconds()));
            HttpLoad.Throughput our = ourPeaks.get(round - 1);
            HttpLoad.Throughput bare = rawPeaks.get(round - 1);
            System.out.printf(Locale.ROOT, "  P2 peak, round %d: ours %,.0f/s (%,.0f µs of processor each), raw %,.0f/s"
                    + " (%,.0f µs)%n", round, our.perSecond(), our.processorMicrosPerAnswer(), bare.perSecond(),
                    bare.processorMicrosPerAnswer());
        }

        double ourRoundTrips = roundTrips(ours, servers.ourRoundTrips(), plan);
        double rawRoundTrips = roundTrips(raw, servers.rawRoundTrips(), plan);
        System.out.printf(Locale.ROOT, "  P2 round trips per request: ours %.2f, raw %.2f%n", ourRoundTrips,
                rawRoundTrips);

        double rate = Math.max(1, Math.round(ourPeaks.stream()
                .mapToDouble(HttpLoad.Throughput::perSecond).average().orElseThrow() / 2));
        HttpLoad.Latencies ourLatencies = atRate(ours, "ours", rate, plan);
        HttpLoad.Latencies rawLatencies = atRate(raw, "raw", rate, plan);
        double goalPeakRatio = servers.target().isPostgres() ? GOAL_PEAK_RATIO_POSTGRES : GOAL_PEAK_RATIO_H2;
        return new Figures(plan, goalPeakRatio, ourPeaks, rawPeaks, ourRoundTrips, rawRoundTrips, ourLatencies,
                rawLatencies);
    }

    /**
     * The round trips per request over requests sent one by one, after the peak rounds: by then the pool holds all
     * its connections, so everything counted was sent for the requests.
     */
    private static double roundTrips(HttpLoad load, RoundTripCounter counter, Plan plan)
            throws IOException, InterruptedException {
        long before = counter.sent();
        HttpLoad.Throughput counted = load.oneByOne(plan.countedRequests());
        if (counted.failures() > 0) {
            throw new IllegalStateException(counted.failures() + " of the requests counted were not answered 200");
        }
        return (double) (counter.sent() - before) / counted.answers();
    }

    private static HttpLoad.Latencies atRate(HttpLoad load, String which, double rate, Plan plan)
            throws IOException, InterruptedException {
        load.constantRate(rate, plan.rateConnections(), plan.rateWarmUpSeconds());
        HttpLoad.Latencies latencies = load.constantRate(rate, plan.rateConnections(), plan.rateSeconds());
        System.out.printf(Locale.ROOT, "  P2 at %,.0f/s, %s: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                rate, which, latencies.p50(), latencies.p99(), latencies.p999(), latencies.max());
        return latencies;
    }
}
