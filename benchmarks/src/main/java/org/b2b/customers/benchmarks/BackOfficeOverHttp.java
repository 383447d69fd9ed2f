package org.b2b.customers.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.web.Health;
import org.b2b.customers.web.TrustedProxies;
import org.b2b.customers.web.WebServer;
import org.b2b.customers.testkit.GermanVatNumbers;

/**
 * P6: the Back Office page Members › Companies and a company's Summary tab as HTML, signed in as the administrator
 * through the sign-in form, beside the JSON API's same reads with the administrator's bearer token, on the P3 data
 * set, from our web server in this process. Each read is asked over one keep-alive connection per side, one
 * request at a time, the page and the API in turn with the same parameters, after a warm-up of every read; the
 * latency of each request is from sending it to having read its whole answer. Then the page's weight, cold, without
 * and with gzip. Goals: page p95 ≤ 50 ms; page ÷ API ≤ 1.3 at p50 and p95; the page with all it references ≤ 100 KB,
 * of which script ≤ 20 KB, all of our own origin.
 */
final class BackOfficeOverHttp {

    static final double GOAL_P95_MS = 50;
    static final double GOAL_RATIO = 1.3;
    static final long GOAL_PAGE_BYTES = 100 * 1024;
    static final long GOAL_SCRIPT_BYTES = 20 * 1024;

    /** How many different companies, tax IDs or prefixes a read cycles through, so that no one row stays hot. */
    private static final int SPREAD = 200;
    private static final String API = "/api/v1/companies";

    /** How many requests of each read, per side: first to warm up, then measured. */
    record Plan(int warmUp, int samples) {

        static Plan full() {
            return new Plan(300, 1_000);
        }

        static Plan quick() {
            return new Plan(30, 150);
        }

        String describe() {
            return String.format(Locale.ROOT, "%d requests of each read per side after %d to warm up", samples, warmUp);
        }
    }

    /** One read asked both ways: the nth request of the page and of the API ask for the same companies. */
    record Read(String name, List<String> pages, List<String> api) {}

    /** One side's latencies of one read, in milliseconds, and its answers other than 200. */
    record Latencies(long answers, long failures, double p50, double p95, double p99, double max) {

        static Latencies of(Histogram nanos, long failures) {
            return new Latencies(nanos.getTotalCount(), failures, ms(nanos.getValueAtPercentile(50)),
                    ms(nanos.getValueAtPercentile(95)), ms(nanos.getValueAtPercentile(99)), ms(nanos.getMaxValue()));
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** A read's latencies as a page and through the API, and the page's bytes (its first answer). */
    record Timing(String read, Latencies page, Latencies api, long pageBytes) {

        double p50Ratio() {
            return page.p50() / api.p50();
        }

        double p95Ratio() {
            return page.p95() / api.p95();
        }
    }

    /** All reads' timings, and the page weight without and with gzip. */
    record Figures(Plan plan, int companies, List<Timing> timings, PageWeight.Weight plain, PageWeight.Weight gzipped) {

        long failures() {
            return timings.stream().mapToLong(t -> t.page().failures() + t.api().failures()).sum()
                    + plain.failures() + gzipped.failures();
        }
    }

    private BackOfficeOverHttp() {}

    /** Serves the system's use cases on a free port of 127.0.0.1 and measures every read by the plan. */
    static Figures measure(WiredSystem system, int companies, Plan plan) throws IOException, InterruptedException {
        // A stop need not wait: the sign-ins' clients may still hold idle connections when the measuring is done.
        WebServer server = new WebServer(new Health(() -> true), system.useCases(), TrustedProxies.none(),
                Duration.ZERO);
        int port = server.start("127.0.0.1", 0);
        try {
            String cookie = SignIns.sessionCookie(port, WiredSystem.ADMIN_EMAIL, WiredSystem.PASSWORD);
            String token = SignIns.bearerToken(port, WiredSystem.ADMIN_EMAIL, WiredSystem.PASSWORD);
            List<Read> reads = reads(system, companies);
            List<Timing> timings = new ArrayList<>();
            try (KeepAliveConnection pages = new KeepAliveConnection(port, List.of("Accept: text/html",
                    "Cookie: " + cookie));
                    KeepAliveConnection api = new KeepAliveConnection(port, Optional.of(token))) {
                // Every read warms up before any is measured: they share most of their code.
                for (Read read : reads) {
                    ask(pages, api, read, 0, plan.warmUp());
                }
                for (Read read : reads) {
                    Timing timing = ask(pages, api, read, plan.warmUp(), plan.samples());
                    System.out.printf(Locale.ROOT, "  P6 %s: page p50 %.2f ms, p95 %.2f ms; API p50 %.2f ms, p95 %.2f"
                            + " ms%n", read.name(), timing.page().p50(), timing.page().p95(), timing.api().p50(),
                            timing.api().p95());
                    timings.add(timing);
                }
            }
            return new Figures(plan, companies, timings, PageWeight.measure(port, cookie, "/companies", false),
                    PageWeight.measure(port, cookie, "/companies", true));
        } finally {
            server.stop();
        }
    }

    /**
     * The reads, pages of 50 all: the first page; the page at 90 % depth, from the cursor each side would hand out for
     * it; searches by a name prefix and by a whole tax ID; a customer group's companies; and the Summary tab of a
     * company, against the API's summary.
     */
    static List<Read> reads(WiredSystem system, int companies) {
        Companies.Key deep = CompanyListBenchmark.deepKey(companies);
        List<String> prefixes = GeneratedCompanies.searchPrefixes();
        List<String> groups = system.useCases().customerGroups().list().list(system.administrator()).stream()
                .map(group -> group.id().value().toString()).toList();
        int spread = Math.min(SPREAD, companies);
        IntFunction<Integer> number = i -> (int) ((long) i * companies / spread);
        return List.of(
                new Read("First page", List.of("/companies"), List.of(API + "?limit=50")),
                new Read("Page at 90 % depth",
                        List.of("/companies?cursor=" + Cursors.encode("name", "next", deep.nameKey(), deep.id())),
                        List.of(API + "?limit=50&cursor=" + Cursors.encode(deep.nameKey(), deep.id()))),
                new Read("Search, name prefix", prefixes.stream().map(p -> "/companies?q=" + encode(p)).toList(),
                        prefixes.stream().map(p -> API + "?limit=50&q=" + encode(p)).toList()),
                new Read("Search, tax ID", spread(spread, i -> "/companies?q=" + GermanVatNumbers.of(number.apply(i))),
                        spread(spread, i -> API + "?limit=50&q=" + GermanVatNumbers.of(number.apply(i)))),
                new Read("Filter, customer group", groups.stream().map(g -> "/companies?customerGroupId=" + g).toList(),
                        groups.stream().map(g -> API + "?limit=50&customerGroupId=" + g).toList()),
                new Read("Company, Summary tab",
                        spread(spread, i -> "/companies/" + GeneratedCompanies.companyId(number.apply(i))),
                        spread(spread, i -> API + "/" + GeneratedCompanies.companyId(number.apply(i)) + "/summary")));
    }

    /** Requests {@code from} to {@code from + count} of the read, page then API each time, timed one by one. */
    private static Timing ask(KeepAliveConnection pages, KeepAliveConnection api, Read read, int from, int count)
            throws IOException {
        Histogram pageNanos = new Histogram(3);
        Histogram apiNanos = new Histogram(3);
        long pageFailures = 0;
        long apiFailures = 0;
        long pageBytes = 0;
        for (int n = from; n < from + count; n++) {
            long start = System.nanoTime();
            KeepAliveConnection.Answer page = pages.get(read.pages().get(n % read.pages().size()));
            long between = System.nanoTime();
            KeepAliveConnection.Answer fromApi = api.get(read.api().get(n % read.api().size()));
            apiNanos.recordValue(System.nanoTime() - between);
            pageNanos.recordValue(between - start);
            pageFailures += page.status() == 200 ? 0 : 1;
            apiFailures += fromApi.status() == 200 ? 0 : 1;
            pageBytes = pageBytes == 0 ? page.wireBytes() : pageBytes;
        }
        return new Timing(read.name(), Latencies.of(pageNanos, pageFailures), Latencies.of(apiNanos, apiFailures),
                pageBytes);
    }

    private static List<String> spread(int count, IntFunction<String> path) {
        return IntStream.range(0, count).mapToObj(path).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
