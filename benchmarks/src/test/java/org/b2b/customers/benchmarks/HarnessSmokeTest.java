package org.b2b.customers.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.port.in.Page;
import org.b2b.customers.application.port.in.PageRequest;
import org.b2b.customers.application.port.in.company.CompanyView;
import org.b2b.customers.application.port.in.company.ListCompaniesQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what they claim, shown on H2 with a few rows and without JMH: the raw baseline reads the
 * same company as the use case, and the generated data set is valid, listed in the computed order, and searchable.
 */
class HarnessSmokeTest {

    private static final int COMPANIES = 300;

    private static WiredSystem loaded;
    private static BulkLoad.Report load;

    @BeforeAll
    static void loadTheDataSet() throws SQLException {
        BenchDatabase target = BenchDatabase.of(BenchDatabase.H2, "smoke-p3");
        target.reset();
        loaded = WiredSystem.open(target);
        load = BulkLoad.load(loaded, target, COMPANIES);
    }

    @AfterAll
    static void close() {
        loaded.close();
    }

    @Test
    void the_raw_baseline_reads_the_company_the_use_case_shows_with_the_same_five_statements() throws SQLException {
        BenchDatabase target = BenchDatabase.of(BenchDatabase.H2, "smoke-p1");
        target.reset();
        try (WiredSystem system = WiredSystem.open(target); var pool = target.rawPool()) {
            GetCompanyBenchmark.Seeded seeded = GetCompanyBenchmark.seed(system, 3);
            CompanyView view = system.useCases().getCompany().get(seeded.representative(), seeded.companies().get(1));
            RawGetCompany raw = new RawGetCompany(pool);

            RawGetCompany.Found same = raw.sameStatements(seeded.representative().userId().value(), view.id().value());
            RawGetCompany.Found narrow = raw.companyAndBillingAddress(view.id().value());

            assertThat(same.statements()).isEqualTo(5);
            for (RawGetCompany.Found found : List.of(same, narrow)) {
                assertThat(found.company()[1]).isEqualTo(view.name());
                assertThat(found.billingAddress()).hasValueSatisfying(
                        address -> assertThat(address[7]).isEqualTo(view.billingAddress().orElseThrow().city()));
            }
        }
    }

    @Test
    void the_loaded_companies_are_listed_in_the_computed_order_and_the_deep_cursor_starts_at_ninety_percent() {
        List<CompanyView> all = everyCompany(loaded);
        Page<CompanyView> deep = loaded.useCases().listCompanies()
                .list(loaded.administrator(), CompanyListBenchmark.deepPageQuery(CompanyListBenchmark.deepKey(COMPANIES)));

        assertThat(load.rows()).isEqualTo(5L * COMPANIES);
        assertThat(all).hasSize(COMPANIES).allSatisfy(company -> assertThat(company.billingAddress()).isPresent());
        assertThat(deep.items().get(0)).isEqualTo(all.get(COMPANIES * 9 / 10));
    }

    @Test
    void every_search_prefix_finds_only_companies_whose_names_start_with_it_and_each_stem_finds_some() {
        for (String prefix : GeneratedCompanies.searchPrefixes()) {
            List<CompanyView> found = loaded.useCases().listCompanies()
                    .list(loaded.administrator(), ListCompaniesQuery.all().withText(prefix).withPage(PageRequest.first(10))).items();
            assertThat(found).as(prefix).allSatisfy(company -> assertThat(
                    company.name().toLowerCase(Locale.ROOT)).startsWith(prefix.toLowerCase(Locale.ROOT)));
            if (Arrays.asList(GeneratedCompanies.STEMS).contains(prefix)) {
                assertThat(found).as(prefix).isNotEmpty();
            }
        }
    }

    private static List<CompanyView> everyCompany(WiredSystem system) {
        List<CompanyView> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<CompanyView> page = system.useCases().listCompanies().list(system.administrator(),
                    ListCompaniesQuery.all().withPage(new PageRequest(PageRequest.MAX_LIMIT, cursor)));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return all;
    }
}
