package org.b2b.customers.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.benchmarks.mail.MailDispatchBenchmark;
import org.b2b.customers.mail.OutboxDispatcher;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The figures of one run as Markdown tables: ratios next to the absolute figures they come from. */
final class ResultsTable {

    private final String measurement;
    private final Optional<String> postgresMissing;
    private final double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    private final List<String> sections = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();

    /**
     * {@code measurement} says how long each JMH figure was measured, such as "5 × 2 s after 3 × 2 s of warm-up".
     */
    ResultsTable(String measurement, Optional<String> postgresMissing) {
        this.measurement = measurement;
        this.postgresMissing = postgresMissing;
    }

    void p1(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> byDatabase = byDatabase(results);
        StringBuilder text = new StringBuilder("""
                ## P1: get company, the use case on jOOQ against raw JDBC

                Throughput in operations per second (higher is better), one thread. "Same statements" is plain JDBC
                sending the two statements the use case sends for a sales representative known by id (the caller
                joined with their staff roles, membership and roles' versions; the company joined with its default
                billing address), without a transaction; "company + billing address" reads only those two rows. Goal: use case ≥ 0.8 × same statements.

                | Database | Use case | Raw, same statements | Ratio | Goal ≥ 0.8 | Raw, company + billing address | Ratio |
                |---|---:|---:|---:|:---:|---:|---:|
                """);
        byDatabase.forEach((database, figures) -> {
            double useCase = figures.get("useCase").getScore();
            double same = figures.get("rawSameStatements").getScore();
            double narrow = figures.get("rawCompanyAndBillingAddress").getScore();
            text.append(row(database, ops(figures.get("useCase")), ops(figures.get("rawSameStatements")),
                    ratio(useCase / same), met(useCase / same >= 0.8), ops(figures.get("rawCompanyAndBillingAddress")),
                    ratio(useCase / narrow)));
        });
        sections.add(text.toString());
    }

    /** The P2 figures of each database, by its title. */
    void p2(Map<String, GetCompanyOverHttp.Figures> byDatabase) {
        GetCompanyOverHttp.Figures any = byDatabase.values().iterator().next();
        StringBuilder text = new StringBuilder("""
                ## P2: get company over HTTP, our web adapter against a bare Javalin handler

                `GET /api/v1/companies/{id}` over keep-alive connections on 127.0.0.1, both servers in this process on
                one database, the same requests to both. Ours: the web adapter as the server wires it, a sales
                representative's bearer token, `GetCompanyUseCase` on jOOQ. Raw: one Javalin handler reading the
                company row and its default billing address by plain JDBC in one statement, written in the same JSON
                shape. %s.

                Peak: a closed loop (each connection asks again as soon as it is answered), answers per second, the
                mean of the rounds (each round's figure in brackets). Goal: ours ≥ %.1f × raw on PostgreSQL (%.1f × on
                H2). Beside it, the processor time of this process (servers and driver) per answer, which other load on
                the machine disturbs less; and the round trips each server sends to the database per request
                (statements, commits and rollbacks, counted at the connections under its pool over requests sent one
                by one after the peak rounds). Goal: ours ≤ %.0f round trips.

                | Database | Server | Peak /s | Rounds | Ratio | Goal | Processor µs per answer | Raw / ours | Round trips per request | Goal ≤ %.0f |
                |---|---|---:|---|---:|:---:|---:|---:|---:|:---:|
                """.formatted(any.plan().describe(), GetCompanyOverHttp.GOAL_PEAK_RATIO_POSTGRES,
                GetCompanyOverHttp.GOAL_PEAK_RATIO_H2, GetCompanyOverHttp.GOAL_ROUND_TRIPS,
                GetCompanyOverHttp.GOAL_ROUND_TRIPS));
        byDatabase.forEach((database, figures) -> {
            text.append(row(database, "ours", whole(figures.ourPeak()), rounds(figures.ourPeaks()),
                    ratio(figures.peakRatio()), met(figures.peakRatio() >= figures.goalPeakRatio(),
                    "≥ " + ratio(figures.goalPeakRatio())), whole(figures.ourProcessorMicros()),
                    ratio(figures.rawProcessorMicros() / figures.ourProcessorMicros()), ratio(figures.ourRoundTrips()),
                    met(figures.ourRoundTrips() <= GetCompanyOverHttp.GOAL_ROUND_TRIPS)));
            text.append(row(database, "raw", whole(figures.rawPeak()), rounds(figures.rawPeaks()), "", "",
                    whole(figures.rawProcessorMicros()), "", ratio(figures.rawRoundTrips()), ""));
        });
        text.append("""

                Latency at a constant rate of half our peak, both servers at the same rate: requests due at even
                intervals, dealt to the connections in turn, each latency counted from when its request was due (so
                that a stall shows as the queue behind it), in milliseconds. Goal: our p99 ≤ %.0f ms.

                | Database | Server | Rate asked /s | Kept /s | Answers | Not 200 | p50 | p99 | p99.9 | Max | Goal p99 ≤ %.0f ms |
                |---|---|---:|---:|---:|---:|---:|---:|---:|---:|:---:|
                """.formatted(GetCompanyOverHttp.GOAL_P99_MS, GetCompanyOverHttp.GOAL_P99_MS));
        byDatabase.forEach((database, figures) -> {
            text.append(latencyRow(database, "ours", figures.ourLatencies(), met(figures.ourLatencies().p99()
                    <= GetCompanyOverHttp.GOAL_P99_MS)));
            text.append(latencyRow(database, "raw", figures.rawLatencies(), ""));
        });
        sections.add(text.toString());
    }

    /** The P4 figures of each database, by its title. */
    void p4(Map<String, InvitationImportBenchmark.Figures> byDatabase) {
        StringBuilder text = new StringBuilder("""
                ## P4: an invitation file through the use case against a raw JDBC batch insert

                A CSV file of new addresses, each with a role, through ImportInvitationsUseCase on jOOQ as the server
                wires it, by the administrator into a new company; against plain JDBC writing the same rows in one
                transaction, each table as one batch: the invitations, their outbox messages and data rows, their
                history entries and details rows (the raw side's rows are made before its clock starts). A company of
                its own for each round; rounds alternate which side goes first, after warm-up rounds of both. Seconds
                per file; the ratio is of the medians. Heap: in use after a full collection, before and after the
                measured rounds. Goals: ours ≤ %.0f × raw; heap after ≤ before + %d MiB.

                | Database | Lines | Rounds | Ours mean | Ours median | Raw mean | Raw median | Ratio | Goal ≤ %.0f | Heap before MiB | Heap after MiB | Growth MiB | Goal ≤ %d MiB |
                |---|---:|---:|---:|---:|---:|---:|---:|:---:|---:|---:|---:|:---:|
                """.formatted(InvitationImportBenchmark.GOAL_RATIO, InvitationImportBenchmark.GOAL_HEAP_GROWTH_MIB,
                InvitationImportBenchmark.GOAL_RATIO, InvitationImportBenchmark.GOAL_HEAP_GROWTH_MIB));
        byDatabase.forEach((database, figures) -> text.append(row(database,
                String.format(Locale.ROOT, "%,d", figures.plan().lines()), String.valueOf(figures.plan().rounds()),
                seconds(InvitationImportBenchmark.Figures.mean(figures.ourSeconds())),
                seconds(InvitationImportBenchmark.Figures.median(figures.ourSeconds())),
                seconds(InvitationImportBenchmark.Figures.mean(figures.rawSeconds())),
                seconds(InvitationImportBenchmark.Figures.median(figures.rawSeconds())),
                ratio(figures.ratio()), met(figures.ratio() <= InvitationImportBenchmark.GOAL_RATIO),
                mib(figures.heapBefore()), mib(figures.heapAfter()),
                String.format(Locale.ROOT, "%+.1f", figures.heapGrowthMib()),
                met(figures.heapGrowthMib() <= InvitationImportBenchmark.GOAL_HEAP_GROWTH_MIB))));
        sections.add(text.toString());
    }

    /** The P5 figures of each database, by its title. */
    void p5(Map<String, MailDispatchBenchmark.Figures> byDatabase) {
        StringBuilder text = new StringBuilder("""
                ## P5: mail dispatch to an SMTP server

                Invitations queued in the outbox (not timed), then delivered by the outbox dispatcher as the server
                runs it (%d threads, batches of %d, one SMTP connection per batch) to GreenMail's SMTP server in this
                JVM, after a warm-up; beside it, a bare Jakarta Mail loop sending as many ready-made mails of the same
                shape over one connection. Mails per second. Goal: dispatcher ≥ %.0f mails/s.

                | Database | Mails | Dispatcher /s | SMTP connections | Bare loop /s | Ratio | Goal ≥ %.0f /s |
                |---|---:|---:|---:|---:|---:|:---:|
                """.formatted(OutboxDispatcher.DEFAULT_THREADS, OutboxDispatcher.DEFAULT_BATCH_SIZE,
                MailDispatchBenchmark.GOAL_PER_SECOND, MailDispatchBenchmark.GOAL_PER_SECOND));
        byDatabase.forEach((database, figures) -> text.append(row(database,
                String.format(Locale.ROOT, "%,d", figures.invitations()), whole(figures.dispatcherPerSecond()),
                String.valueOf(figures.connections()), whole(figures.barePerSecond()), ratio(figures.ratio()),
                met(figures.dispatcherPerSecond() >= MailDispatchBenchmark.GOAL_PER_SECOND))));
        sections.add(text.toString());
    }

    /** The P6 figures of each database, by its title. */
    void p6(Map<String, BackOfficeOverHttp.Figures> byDatabase) {
        BackOfficeOverHttp.Figures any = byDatabase.values().iterator().next();
        StringBuilder text = new StringBuilder("""
                ## P6: Back Office pages as HTML against the same reads from the JSON API

                Our web server in this process on the P3 data set of %,d companies. Members › Companies (`GET
                /companies`, BrowseCompaniesUseCase: rows with their counts, the number of matches, the filters'
                choices) and a company's Summary tab (`GET /companies/{id}`, GetCompanyOverviewUseCase), signed in as
                the administrator through the sign-in form (the `cm_session` cookie); beside each, the JSON API with
                the administrator's bearer token (`GET /api/v1/companies`, ListCompaniesUseCase; `GET
                /api/v1/companies/{id}/summary`, GetCompanySummaryUseCase), with the same parameters, pages of 50.
                One keep-alive connection per side on 127.0.0.1, one request at a time, page and API in turn; %s.
                Latency from sending a request to having read its whole answer, in milliseconds. Goals: page p95 ≤
                %.0f ms; page ÷ API ≤ %.1f at p50 and p95.

                | Database | Read | Page p50 | p95 | p99 | Goal p95 ≤ %.0f ms | API p50 | p95 | p99 | Page ÷ API p50 | p95 | Goal ≤ %.1f | Page bytes | Not 200 |
                |---|---|---:|---:|---:|:---:|---:|---:|---:|---:|---:|:---:|---:|---:|
                """.formatted(any.companies(), any.plan().describe(), BackOfficeOverHttp.GOAL_P95_MS,
                BackOfficeOverHttp.GOAL_RATIO, BackOfficeOverHttp.GOAL_P95_MS, BackOfficeOverHttp.GOAL_RATIO));
        byDatabase.forEach((database, figures) -> figures.timings().forEach(timing -> text.append(row(database,
                timing.read(), ms(timing.page().p50()), ms(timing.page().p95()), ms(timing.page().p99()),
                met(timing.page().p95() <= BackOfficeOverHttp.GOAL_P95_MS), ms(timing.api().p50()),
                ms(timing.api().p95()), ms(timing.api().p99()), ratio(timing.p50Ratio()), ratio(timing.p95Ratio()),
                met(Math.max(timing.p50Ratio(), timing.p95Ratio()) <= BackOfficeOverHttp.GOAL_RATIO),
                String.format(Locale.ROOT, "%,d", timing.pageBytes()),
                String.valueOf(timing.page().failures() + timing.api().failures())))));
        text.append("""

                Page weight of Members › Companies with 50 rows, cold (an empty cache): the page and every file it
                references (link, script and img elements; url() and @import in stylesheets), fetched over one new
                connection, without and with `Accept-Encoding: gzip`; bytes as transferred, headers included. Goals:
                total ≤ %d KB, script ≤ %d KB, nothing from another origin.

                | Database | Accept-Encoding | Page encoded as | Files | HTML bytes | CSS bytes | Script bytes | Images and other | Total bytes | Goal ≤ %d KB | Goal script ≤ %d KB | Other origins |
                |---|---|---|---:|---:|---:|---:|---:|---:|:---:|:---:|---|
                """.formatted(BackOfficeOverHttp.GOAL_PAGE_BYTES / 1024, BackOfficeOverHttp.GOAL_SCRIPT_BYTES / 1024,
                BackOfficeOverHttp.GOAL_PAGE_BYTES / 1024, BackOfficeOverHttp.GOAL_SCRIPT_BYTES / 1024));
        byDatabase.forEach((database, figures) -> {
            for (PageWeight.Weight weight : List.of(figures.plain(), figures.gzipped())) {
                long html = weight.bytesOf("html");
                long css = weight.bytesOf("css");
                long script = weight.bytesOf("js");
                text.append(row(database, weight.gzipOffered() ? "gzip" : "none", weight.pageEncoding(),
                        String.valueOf(weight.fetched().size()), bytes(html), bytes(css), bytes(script),
                        bytes(weight.totalBytes() - html - css - script), bytes(weight.totalBytes()),
                        met(weight.totalBytes() <= BackOfficeOverHttp.GOAL_PAGE_BYTES),
                        met(script <= BackOfficeOverHttp.GOAL_SCRIPT_BYTES),
                        weight.otherOrigins().isEmpty() ? "none" : "**" + String.join(", ", weight.otherOrigins())
                                + "**"));
            }
        });
        sections.add(text.toString());
    }

    /** The P7 figures: JMH's throughputs, and the round trips per page of each database, by its title. */
    void p7(Collection<RunResult> results, Map<String, MembersPageRoundTrips.Counts> roundTrips) {
        StringBuilder text = new StringBuilder("""
                ## P7: a members page of %d, the use case on jOOQ against a raw JDBC join

                Throughput in pages per second (higher is better), one thread. A company with %d members, each with a
                user of their own; its first page of %d through ListMembersUseCase as the administrator, against plain
                JDBC reading the same page in one statement (members joined with their users, in the order they
                joined, one row more than the page to know whether another follows) mapped into plain objects. Round
                trips per page: statements, commits and rollbacks, counted at the connections under each pool over
                pages read one by one after a warm-up. Goal: use case ≥ %.1f × raw.

                | Database | Use case | Raw join | Ratio | Goal ≥ %.1f | Round trips per page, use case | Raw |
                |---|---:|---:|---:|:---:|---:|---:|
                """.formatted(MembersPageBenchmark.PAGE, MembersPageBenchmark.MEMBERS, MembersPageBenchmark.PAGE,
                MembersPageBenchmark.GOAL_RATIO, MembersPageBenchmark.GOAL_RATIO));
        byDatabase(results).forEach((database, figures) -> {
            double ratio = figures.get("useCase").getScore() / figures.get("rawJoin").getScore();
            MembersPageRoundTrips.Counts counts = roundTrips.get(database);
            text.append(row(database, ops(figures.get("useCase")), ops(figures.get("rawJoin")), ratio(ratio),
                    met(ratio >= MembersPageBenchmark.GOAL_RATIO), ratio(counts.useCase()), ratio(counts.raw())));
        });
        sections.add(text.toString());
    }

    void load(String database, LoadedData.Loading loading) {
        BulkLoad.Report report = loading.report();
        loads.add(row(database, String.format(Locale.ROOT, "%,d", report.companies()),
                String.format(Locale.ROOT, "%,d", report.rows()), String.format(Locale.ROOT, "%.1f", report.seconds()),
                String.format(Locale.ROOT, "%,.0f", report.rowsPerSecond()),
                loading.inThisRun() ? "this run" : "an earlier run (data kept)"));
    }

    void p3(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> byDatabase = byDatabase(results);
        StringBuilder text = new StringBuilder("""
                ## P3: the company list on a large data set

                Loaded by JDBC batches of generated, domain-valid rows: per company its row, address book, default
                billing address, one customer user and its member (five rows per company; no contact persons).

                | Database | Companies | Rows | Seconds | Rows/s | Loaded in |
                |---|---:|---:|---:|---:|---|
                """);
        loads.forEach(text::append);
        text.append("""

                Through ListCompaniesUseCase as the administrator (who sees every company), pages of 50, in
                milliseconds; then the same on the Companies repository alone (one query in a transaction, no
                views), which shows what building the views adds. The page at 90 %% depth starts from a computed
                cursor; search cycles through %d name prefixes. Goals: deep page mean ≤ 1.5 × first page mean;
                search p95 ≤ 5 ms.

                | Database | Measured | First page mean | p95 | Page at 90 %% mean | p95 | Deep / first | Goal ≤ 1.5 | Search mean | p50 | p95 | Goal p95 ≤ 5 ms |
                |---|---|---:|---:|---:|---:|---:|:---:|---:|---:|---:|:---:|
                """.formatted(GeneratedCompanies.searchPrefixes().size()));
        byDatabase.forEach((database, figures) -> {
            text.append(listRow(database, "use case", figures.get("firstPage"), figures.get("deepPage"),
                    figures.get("search")));
            text.append(listRow(database, "repository", figures.get("firstPageQuery"), figures.get("deepPageQuery"),
                    figures.get("searchQuery")));
        });
        sections.add(text.toString());
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# Benchmark results\n\n");
        text.append(String.format(Locale.ROOT, "Run %s on %d processors, Java %s, load average %.1f at the start. Each"
                + " JMH figure (P1, P3, P7) is measured %s, in a fork of its own; P2, P4, P5 and P6 are timed by their"
                + " own drivers, as their sections say. The machine may be shared and noisy: trust the ratios, whose two"
                + " sides ran in the same run, more than the absolute figures.%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage,
                measurement));
        postgresMissing.ifPresent(reason -> text.append("**PostgreSQL was skipped**: ").append(reason).append("\n\n"));
        sections.forEach(section -> text.append(section).append('\n'));
        return text.toString();
    }

    private static Map<String, Map<String, Result<?>>> byDatabase(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> byDatabase = new LinkedHashMap<>();
        for (RunResult result : results) {
            String database = BenchDatabase.title(result.getParams().getParam("database"));
            String benchmark = result.getParams().getBenchmark();
            byDatabase.computeIfAbsent(database, d -> new LinkedHashMap<>())
                    .put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult());
        }
        return byDatabase;
    }

    private static String listRow(String database, String measured, Result<?> first, Result<?> deep, Result<?> search) {
        double deepRatio = deep.getScore() / first.getScore();
        double searchP95 = percentile(search, 95);
        return row(database, measured, ms(first.getScore()), ms(percentile(first, 95)), ms(deep.getScore()),
                ms(percentile(deep, 95)), ratio(deepRatio), met(deepRatio <= 1.5), ms(search.getScore()),
                ms(percentile(search, 50)), ms(searchP95), met(searchP95 <= 5.0));
    }

    private static double percentile(Result<?> result, double percentile) {
        return result.getStatistics().getPercentile(percentile);
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static String latencyRow(String database, String server, HttpLoad.Latencies latencies, String goal) {
        return row(database, server, whole(latencies.rate()), whole(latencies.achievedRate()),
                String.format(Locale.ROOT, "%,d", latencies.answers()), String.valueOf(latencies.failures()),
                ms(latencies.p50()), ms(latencies.p99()), ms(latencies.p999()), ms(latencies.max()), goal);
    }

    private static String rounds(List<HttpLoad.Throughput> rounds) {
        return rounds.stream().map(round -> whole(round.perSecond())).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String whole(double figure) {
        return String.format(Locale.ROOT, "%,.0f", figure);
    }

    private static String ops(Result<?> result) {
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", result.getScore(), result.getScoreError());
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }

    private static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String ms(double milliseconds) {
        return String.format(Locale.ROOT, "%.3f", milliseconds);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    /** Whether a goal that differs from row to row was met, naming it. */
    private static String met(boolean met, String goal) {
        return met(met) + " (" + goal + ")";
    }
}
