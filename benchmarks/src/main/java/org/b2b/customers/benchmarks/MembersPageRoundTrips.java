package org.b2b.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.b2b.customers.domain.company.CompanyId;

/**
 * The round trips P7's two sides send per members page, counted in this process (JMH measures in forks of its own)
 * at the connections under each pool, over pages read one after another after as many to warm up: by then each pool
 * holds all its connections, so everything counted was sent for the pages.
 */
final class MembersPageRoundTrips {

    /** Round trips per page of the use case and of the raw join. */
    record Counts(double useCase, double raw) {}

    private MembersPageRoundTrips() {}

    static Counts count(BenchDatabase target, int pages) throws SQLException {
        target.reset();
        RoundTripCounter ours = new RoundTripCounter();
        RoundTripCounter raw = new RoundTripCounter();
        try (WiredSystem system = WiredSystem.open(target, ours); HikariDataSource rawPool = target.rawPool(raw)) {
            CompanyId company = MembersPageBenchmark.seed(system);
            RawMembersPage rawPage = new RawMembersPage(rawPool);
            for (int i = 0; i < pages; i++) {
                MembersPageBenchmark.page(system, company);
                rawPage.firstPage(company.value(), MembersPageBenchmark.PAGE);
            }
            long oursBefore = ours.sent();
            for (int i = 0; i < pages; i++) {
                checkFull(MembersPageBenchmark.page(system, company).items().size());
            }
            long oursSent = ours.sent() - oursBefore;
            long rawBefore = raw.sent();
            for (int i = 0; i < pages; i++) {
                checkFull(rawPage.firstPage(company.value(), MembersPageBenchmark.PAGE).members().size());
            }
            return new Counts((double) oursSent / pages, (double) (raw.sent() - rawBefore) / pages);
        }
    }

    private static void checkFull(int members) {
        if (members != MembersPageBenchmark.PAGE) {
            throw new IllegalStateException("a page held " + members + " members, not " + MembersPageBenchmark.PAGE);
        }
    }
}
