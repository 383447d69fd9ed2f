package org.b2b.customers.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.benchmarks.mail.MailDispatchBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the chosen benchmarks ({@code p1} to {@code p7}, or {@code all}) on H2 and, when it answers, PostgreSQL, then
 * prints the figures as a table and writes them to {@code target/benchmarks/results.md}.
 * {@code -Dbench.databases=h2} or {@code =postgres} runs on one of them only; {@code -Dbench.companies=N} changes the
 * size of the P3 data set, which P6 reads too (default 1,000,000); {@code -Dbench.lines=N} the lines of P4's file
 * (default 10,000); {@code -Dbench.mails=N} the number of P5's measured invitations (default 10,000);
 * {@code -Dbench.quick=true} measures briefly, for trying the harness out.
 */
public final class Main {

    /** P7's members pages whose round trips are counted, per side, after as many to warm up. */
    private static final int ROUND_TRIP_PAGES = 300;

    private Main() {}

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        if (!List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7", "all").contains(which)) {
            System.err.println("usage: java -jar benchmarks/target/benchmarks.jar [p1|p2|p3|p4|p5|p6|p7|all]");
            System.exit(2);
        }
        boolean all = which.equals("all");
        int companies = Integer.getInteger("bench.companies", 1_000_000);
        int lines = Integer.getInteger("bench.lines", ImportInvitationsCommand.MAX_ADDRESSES);
        int mails = Integer.getInteger("bench.mails", 10_000);
        boolean quick = Boolean.getBoolean("bench.quick");

        List<String> chosen = List.of(System.getProperty("bench.databases", "h2,postgres").split(","));
        List<String> databases = new ArrayList<>();
        if (chosen.contains(BenchDatabase.H2)) {
            databases.add(BenchDatabase.H2);
        }
        Optional<String> postgresMissing = chosen.contains(BenchDatabase.POSTGRES) ? BenchDatabase.postgresUnreachable()
                : Optional.of("not chosen by -Dbench.databases");
        if (postgresMissing.isEmpty()) {
            databases.add(BenchDatabase.POSTGRES);
        }
        ResultsTable table = new ResultsTable(quick ? "2 × 1 s after 1 × 1 s of warm-up (quick)"
                : "5 × 2 s after 3 × 2 s of warm-up", postgresMissing);

        if (all || which.equals("p1")) {
            table.p1(run(options(quick).include(GetCompanyBenchmark.class.getName() + "\\.")
                    .param("database", databases.toArray(String[]::new))));
        }
        if (all || which.equals("p2")) {
            GetCompanyOverHttp.Plan plan = quick ? GetCompanyOverHttp.Plan.quick() : GetCompanyOverHttp.Plan.full();
            Map<String, GetCompanyOverHttp.Figures> httpFigures = new LinkedHashMap<>();
            for (String database : databases) {
                BenchDatabase target = BenchDatabase.of(database, "p2");
                System.out.println("P2 on " + target.title() + ": " + plan.describe() + " ...");
                try (CompanyServers servers = CompanyServers.start(target, plan.companies())) {
                    httpFigures.put(target.title(), GetCompanyOverHttp.measure(servers, plan));
                }
            }
            table.p2(httpFigures);
        }
        if (all || which.equals("p3")) {
            for (String database : databases) {
                BenchDatabase target = BenchDatabase.of(database, "p3");
                System.out.println("P3 data set on " + target.title() + ": " + companies + " companies ...");
                table.load(target.title(), LoadedData.ensure(target, companies));
            }
            table.p3(run(options(quick).include(CompanyListBenchmark.class.getName() + "\\.")
                    .param("database", databases.toArray(String[]::new))
                    .param("companies", String.valueOf(companies))));
        }
        if (all || which.equals("p4")) {
            InvitationImportBenchmark.Plan plan = quick ? InvitationImportBenchmark.Plan.quick(lines)
                    : InvitationImportBenchmark.Plan.full(lines);
            Map<String, InvitationImportBenchmark.Figures> importFigures = new LinkedHashMap<>();
            for (String database : databases) {
                BenchDatabase target = BenchDatabase.of(database, "p4");
                System.out.println("P4 on " + target.title() + ": " + plan.describe() + " ...");
                importFigures.put(target.title(), InvitationImportBenchmark.measure(target, plan));
            }
            table.p4(importFigures);
        }
        if (all || which.equals("p5")) {
            Map<String, MailDispatchBenchmark.Figures> mailFigures = new LinkedHashMap<>();
            for (String database : databases) {
                BenchDatabase target = BenchDatabase.of(database, "p5");
                target.reset();
                System.out.println("P5 on " + target.title() + ": " + mails + " invitations ...");
                mailFigures.put(target.title(), MailDispatchBenchmark.measure(target.config(), mails, mails / 10));
            }
            table.p5(mailFigures);
        }
        if (all || which.equals("p6")) {
            BackOfficeOverHttp.Plan plan = quick ? BackOfficeOverHttp.Plan.quick() : BackOfficeOverHttp.Plan.full();
            Map<String, BackOfficeOverHttp.Figures> pageFigures = new LinkedHashMap<>();
            for (String database : databases) {
                BenchDatabase target = BenchDatabase.of(database, "p3");
                System.out.println("P6 on " + target.title() + ", the P3 data set of " + companies + " companies: "
                        + plan.describe() + " ...");
                LoadedData.ensure(target, companies);
                try (WiredSystem system = WiredSystem.open(target)) {
                    pageFigures.put(target.title(), BackOfficeOverHttp.measure(system, companies, plan));
                }
            }
            table.p6(pageFigures);
        }
        if (all || which.equals("p7")) {
            Collection<RunResult> pages = run(options(quick).include(MembersPageBenchmark.class.getName() + "\\.")
                    .param("database", databases.toArray(String[]::new)));
            Map<String, MembersPageRoundTrips.Counts> roundTrips = new LinkedHashMap<>();
            for (String database : databases) {
                BenchDatabase target = BenchDatabase.of(database, "p7");
                System.out.println("P7 round trips on " + target.title() + ": " + ROUND_TRIP_PAGES
                        + " pages a side ...");
                roundTrips.put(target.title(), MembersPageRoundTrips.count(target, ROUND_TRIP_PAGES));
            }
            table.p7(pages, roundTrips);
        }

        String markdown = table.markdown();
        Path results = Workspace.directory().resolve("results.md");
        Files.writeString(results, markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + results);
    }

    private static ChainedOptionsBuilder options(boolean quick) {
        return new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }
}
