package org.b2b.customers.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.company.Company;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * P3: the company list through ListCompaniesUseCase as the administrator, who sees every company, on the loaded
 * data set: the first page, the page at 90 % depth (its cursor computed from the generated names, not reached by
 * paging), and name-prefix searches cycling through typed prefixes; pages of the default size, 50. The same three
 * are measured on the Companies repository alone, which shows what the query costs apart from building the views.
 * Goals: the deep page within 1.5 times the first page; search p95 within 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompanyListBenchmark {

    static final double DEPTH = 0.9;

    @Param({BenchDatabase.H2, BenchDatabase.POSTGRES})
    public String database;

    @Param("1000000")
    public int companies;

    private WiredSystem system;
    private ListCompaniesQuery deepPage;
    private Companies.Key deepKey;
    private List<String> prefixes;
    private int nextPrefix;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase target = BenchDatabase.of(database, "p3");
        target.keep();
        system = WiredSystem.open(target);
        deepKey = deepKey(companies);
        deepPage = deepPageQuery(deepKey);
        prefixes = GeneratedCompanies.searchPrefixes();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        system.close();
    }

    @Benchmark
    public Page<CompanyView> firstPage() {
        return list(ListCompaniesQuery.all());
    }

    @Benchmark
    public Page<CompanyView> deepPage() {
        return list(deepPage);
    }

    @Benchmark
    public Page<CompanyView> search() {
        return list(ListCompaniesQuery.all().withText(nextPrefix()));
    }

    @Benchmark
    public Slice<Company> firstPageQuery() {
        return query(Optional.empty(), Optional.empty());
    }

    @Benchmark
    public Slice<Company> deepPageQuery() {
        return query(Optional.empty(), Optional.of(deepKey));
    }

    @Benchmark
    public Slice<Company> searchQuery() {
        return query(Optional.of(nextPrefix()), Optional.empty());
    }

    /** The key of the company just before the one at 90 % of the list: the page after it starts there. */
    static Companies.Key deepKey(int companies) {
        String before = GeneratedCompanies.nameKeyAtRank(companies, (int) (companies * DEPTH) - 1);
        return new Companies.Key(before, GeneratedCompanies.companyId(GeneratedCompanies.numberOf(before)));
    }

    /** The page after the key, with the cursor the use case itself would have handed out for it. */
    static ListCompaniesQuery deepPageQuery(Companies.Key key) {
        String cursor = Cursors.encode(key.nameKey(), key.id());
        return ListCompaniesQuery.all().withPage(new PageRequest(PageRequest.DEFAULT_LIMIT, Optional.of(cursor)));
    }

    private Page<CompanyView> list(ListCompaniesQuery query) {
        return system.useCases().companies().list().list(system.administrator(), query);
    }

    private Slice<Company> query(Optional<String> text, Optional<Companies.Key> after) {
        DrivenPorts ports = system.ports();
        return ports.transactions().inTransaction(() -> ports.companies().search(new Companies.Search(CompanyFilter.ALL,
                text, Optional.empty(), Optional.empty(), Optional.empty(), after, PageRequest.DEFAULT_LIMIT)));
    }

    private String nextPrefix() {
        nextPrefix = (nextPrefix + 1) % prefixes.size();
        return prefixes.get(nextPrefix);
    }
}
