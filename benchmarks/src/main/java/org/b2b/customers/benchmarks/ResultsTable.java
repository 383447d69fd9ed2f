package org.b2b.customers.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The figures of one run as Markdown tables: ratios next to the absolute figures they come from. */
final class ResultsTable {

    private final String measurement;
    private final Optional<String> postgresMissing;
    private final List<String> sections = new ArrayList<>();
    private final List<String> loads = new ArrayList<>();

    /** {@code measurement} says how long each figure was measured, such as "5 × 2 s after 3 × 2 s of warm-up". */
    ResultsTable(String measurement, Optional<String> postgresMissing) {
        this.measurement = measurement;
        this.postgresMissing = postgresMissing;
    }

    void p1(Collection<RunResult> results) {
        Map<String, Map<String, Result<?>>> byDatabase = byDatabase(results);
        StringBuilder text = new StringBuilder("""
                ## P1: get company, the use case on jOOQ against raw JDBC

                Throughput in operations per second (higher is better), one thread. "Same statements" is plain JDBC
                sending the five statements the use case sends for a sales representative (the caller, their staff
                roles, the role's version, the company, its default billing address) in one transaction;
                "company + billing address" reads only those two rows. Goal: use case ≥ 0.8 × same statements.

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
        text.append(String.format(Locale.ROOT, "Run %s on %d processors, Java %s. Each figure is measured %s,"
                + " in a fork of its own. The machine may be shared and noisy: trust the ratios, whose two sides ran in"
                + " the same run, more than the absolute figures.%n%n", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), measurement));
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

    private static String ops(Result<?> result) {
        return String.format(Locale.ROOT, "%,.0f ± %,.0f", result.getScore(), result.getScoreError());
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
}
