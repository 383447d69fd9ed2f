package org.b2b.customers.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.benchmarks.mail.MailDispatchBenchmark;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.JsonMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what they claim, shown on H2 with a few rows and without JMH: the raw baseline reads the
 * same company as the use case, the raw members page the same members, and the generated data set is valid, listed
 * in the computed order, and searchable; over HTTP our endpoint and the raw handler answer the same JSON and the load
 * driver gets every answer; the raw sides send a single round trip each, and ours are counted; the raw side of P4
 * writes the rows the import writes; every queued invitation reaches the SMTP server. Sizes and times are tiny:
 * nothing here measures speed.
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
    void the_raw_baseline_reads_the_company_the_use_case_shows_with_the_same_two_statements() throws SQLException {
        BenchDatabase target = BenchDatabase.of(BenchDatabase.H2, "smoke-p1");
        target.reset();
        try (WiredSystem system = WiredSystem.open(target); var pool = target.rawPool()) {
            GetCompanyBenchmark.Seeded seeded = GetCompanyBenchmark.seed(system, 3);
            CompanyView view = system.useCases().companies().get().get(seeded.representative(), seeded.companies().get(1));
            RawGetCompany raw = new RawGetCompany(pool);

            RawGetCompany.Found same = raw.sameStatements(seeded.representative().userId().value(), view.id().value());
            RawGetCompany.Found narrow = raw.companyAndBillingAddress(view.id().value());
            RawGetCompany.Found joined = raw.companyWithBillingAddress(view.id().value());

            assertThat(same.statements()).isEqualTo(2);
            assertThat(joined.company()).isEqualTo(narrow.company());
            assertThat(joined.billingAddress().orElseThrow()).isEqualTo(narrow.billingAddress().orElseThrow());
            for (RawGetCompany.Found found : List.of(same, narrow, joined)) {
                assertThat(found.company()[1]).isEqualTo(view.name());
                assertThat(found.billingAddress()).hasValueSatisfying(
                        address -> assertThat(address[7]).isEqualTo(view.billingAddress().orElseThrow().city()));
            }
        }
    }

    @Test
    void the_raw_members_page_holds_the_members_the_use_case_lists_in_its_order_and_both_round_trips_are_counted()
            throws SQLException {
        BenchDatabase target = BenchDatabase.of(BenchDatabase.H2, "smoke-p7");
        target.reset();
        try (WiredSystem system = WiredSystem.open(target); var pool = target.rawPool()) {
            CompanyId company = MembersPageBenchmark.seed(system);
            Page<MemberView> page = MembersPageBenchmark.page(system, company);
            RawMembersPage.Page raw = new RawMembersPage(pool).firstPage(company.value(), MembersPageBenchmark.PAGE);

            assertThat(raw.hasMore()).isTrue();
            assertThat(page.nextCursor()).isPresent();
            assertThat(raw.members()).extracting(member -> member.id() + " " + member.email() + " " + member.lastName())
                    .containsExactlyElementsOf(page.items().stream().map(member -> member.id().value() + " "
                            + member.email() + " " + member.lastName()).toList());
        }

        MembersPageRoundTrips.Counts counts = MembersPageRoundTrips.count(
                BenchDatabase.of(BenchDatabase.H2, "smoke-p7-count"), 5);
        assertThat(counts.raw()).isEqualTo(1.0);
        assertThat(counts.useCase()).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void the_loaded_companies_are_listed_in_the_computed_order_and_the_deep_cursor_starts_at_ninety_percent() {
        List<CompanyView> all = everyCompany(loaded);
        Page<CompanyView> deep = loaded.useCases().companies().list()
                .list(loaded.administrator(), CompanyListBenchmark.deepPageQuery(CompanyListBenchmark.deepKey(COMPANIES)));

        assertThat(load.rows()).isEqualTo(5L * COMPANIES);
        assertThat(all).hasSize(COMPANIES).allSatisfy(company -> assertThat(company.billingAddress()).isPresent());
        assertThat(deep.items().get(0)).isEqualTo(all.get(COMPANIES * 9 / 10));
    }

    @Test
    void every_search_prefix_finds_only_companies_whose_names_start_with_it_and_each_stem_finds_some() {
        for (String prefix : GeneratedCompanies.searchPrefixes()) {
            List<CompanyView> found = loaded.useCases().companies().list()
                    .list(loaded.administrator(), ListCompaniesQuery.all().withText(prefix).withPage(PageRequest.first(10))).items();
            assertThat(found).as(prefix).allSatisfy(company -> assertThat(
                    company.name().toLowerCase(Locale.ROOT)).startsWith(prefix.toLowerCase(Locale.ROOT)));
            if (Arrays.asList(GeneratedCompanies.STEMS).contains(prefix)) {
                assertThat(found).as(prefix).isNotEmpty();
            }
        }
    }

    @Test
    void our_endpoint_and_the_raw_handler_answer_the_same_json_for_each_company() throws Exception {
        ObjectMapper json = JsonMapping.create();
        try (CompanyServers servers = CompanyServers.start(BenchDatabase.of(BenchDatabase.H2, "smoke-p2-json"), 3);
                KeepAliveConnection ours = new KeepAliveConnection(servers.ourPort(), Optional.of(servers.bearerToken()));
                KeepAliveConnection raw = new KeepAliveConnection(servers.rawPort(), Optional.empty());
                KeepAliveConnection anonymous = new KeepAliveConnection(servers.ourPort(), Optional.empty())) {
            for (String path : servers.paths()) {
                KeepAliveConnection.Answer fromOurs = ours.get(path);
                KeepAliveConnection.Answer fromRaw = raw.get(path);

                assertThat(fromOurs.status()).as(fromOurs.body()).isEqualTo(200);
                assertThat(fromRaw.status()).as(fromRaw.body()).isEqualTo(200);
                assertThat(json.readTree(fromRaw.body())).isEqualTo(json.readTree(fromOurs.body()));
                assertThat(fromRaw.etag()).isPresent().isEqualTo(fromOurs.etag());
                assertThat(json.readTree(fromOurs.body()).at("/billingAddress/city").asText()).startsWith("City ");
            }
            assertThat(anonymous.get(servers.paths().get(0)).status()).isEqualTo(401);
        }
    }

    @Test
    void the_http_driver_gets_an_answer_to_every_request_from_both_servers_at_peak_and_at_half_of_it() throws Exception {
        GetCompanyOverHttp.Plan tiny = new GetCompanyOverHttp.Plan(3, 2, 2, 0.1, 2, 0.2, 20, 0.1, 0.3);
        GetCompanyOverHttp.Figures figures;
        try (CompanyServers servers = CompanyServers.start(BenchDatabase.of(BenchDatabase.H2, "smoke-p2-load"),
                tiny.companies())) {
            figures = GetCompanyOverHttp.measure(servers, tiny);
        }

        assertThat(figures.failures()).isZero();
        assertThat(figures.ourPeaks()).hasSize(2).allSatisfy(round -> assertThat(round.answers()).isPositive());
        assertThat(figures.rawPeaks()).hasSize(2).allSatisfy(round -> assertThat(round.answers()).isPositive());
        assertThat(figures.rawRoundTrips()).isEqualTo(1.0);
        assertThat(figures.ourRoundTrips()).isGreaterThanOrEqualTo(1.0);
        for (HttpLoad.Latencies latencies : List.of(figures.ourLatencies(), figures.rawLatencies())) {
            assertThat(latencies.rate()).isEqualTo(figures.ourLatencies().rate()).isCloseTo(figures.ourPeak() / 2, within(1.0));
            assertThat(latencies.answers()).isEqualTo(Math.round(latencies.rate() * tiny.rateSeconds()));
            assertThat(latencies.p50()).isPositive().isLessThanOrEqualTo(latencies.p99());
            assertThat(latencies.p99()).isLessThanOrEqualTo(latencies.p999());
            assertThat(latencies.p999()).isLessThanOrEqualTo(latencies.max());
        }
    }

    @Test
    void p6_signs_in_gets_every_page_and_api_read_and_weighs_the_page_with_what_it_references() throws Exception {
        BackOfficeOverHttp.Figures figures = BackOfficeOverHttp.measure(loaded, COMPANIES,
                new BackOfficeOverHttp.Plan(2, 5));

        assertThat(figures.failures()).isZero();
        assertThat(figures.timings()).hasSize(6).allSatisfy(timing -> {
            assertThat(timing.page().answers()).isEqualTo(5);
            assertThat(timing.api().answers()).isEqualTo(5);
            assertThat(timing.pageBytes()).isPositive();
        });
        assertThat(figures.gzipped().totalBytes()).isPositive().isLessThan(figures.plain().totalBytes());
        assertThat(figures.plain().otherOrigins()).isEmpty();
    }

    @Test
    void the_raw_side_of_p4_writes_the_rows_the_import_writes_in_every_table() throws SQLException {
        int lines = 600;

        List<InvitationImportBenchmark.Rows> rows = InvitationImportBenchmark.rowsOfOneRoundEach(
                BenchDatabase.of(BenchDatabase.H2, "smoke-p4"), lines);

        Map<String, Long> ours = rows.get(0).counts();
        assertThat(ours).containsEntry("invitations", (long) lines).containsEntry("outbox", (long) lines)
                .containsEntry("outbox_data invitationId", (long) lines)
                .containsEntry("history invitation.created", (long) lines)
                .containsEntry("history_details email", (long) lines);
        assertThat(rows.get(1).counts()).isEqualTo(ours);
    }

    @Test
    void p4_measures_each_side_in_every_round_and_the_heap_around_them() throws SQLException {
        InvitationImportBenchmark.Figures figures = InvitationImportBenchmark.measure(
                BenchDatabase.of(BenchDatabase.H2, "smoke-p4-measure"), new InvitationImportBenchmark.Plan(50, 1, 3));

        assertThat(figures.ourSeconds()).hasSize(3).allSatisfy(seconds -> assertThat(seconds).isPositive());
        assertThat(figures.rawSeconds()).hasSize(3).allSatisfy(seconds -> assertThat(seconds).isPositive());
        assertThat(figures.ratio()).isPositive();
        assertThat(figures.heapBefore()).isPositive();
        assertThat(figures.heapAfter()).isPositive();
    }

    @Test
    void every_queued_invitation_and_every_bare_mail_reaches_the_smtp_server_over_few_connections() throws Exception {
        BenchDatabase target = BenchDatabase.of(BenchDatabase.H2, "smoke-p5");
        target.reset();

        MailDispatchBenchmark.Figures figures = MailDispatchBenchmark.measure(target.config(), 100, 10);

        assertThat(figures.invitations()).isEqualTo(100);
        assertThat(figures.received()).isEqualTo(10 + 100 + 100);
        assertThat(figures.connections()).isBetween(1, 100 / 10);
        assertThat(figures.dispatcherPerSecond()).isPositive();
        assertThat(figures.barePerSecond()).isPositive();
    }

    private static List<CompanyView> everyCompany(WiredSystem system) {
        List<CompanyView> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<CompanyView> page = system.useCases().companies().list().list(system.administrator(),
                    ListCompaniesQuery.all().withPage(new PageRequest(PageRequest.MAX_LIMIT, cursor)));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return all;
    }
}
