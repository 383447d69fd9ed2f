package org.b2b.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.testkit.GermanVatNumbers;
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
 * P1: "get company" through the use case on jOOQ, as a sales representative who may see it, against plain JDBC
 * sending the same statements, and against plain JDBC reading only the company row and its billing address. Each
 * call reads the next of the representative's companies, so that no database answers from the result of the last.
 * Goal: the use case reaches at least 0.8 times the throughput of the same statements sent raw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GetCompanyBenchmark {

    /** The representative's companies, read in turn. */
    static final int COMPANIES = 200;

    @Param({BenchDatabase.H2, BenchDatabase.POSTGRES})
    public String database;

    private WiredSystem system;
    private HikariDataSource rawPool;
    private RawGetCompany raw;
    private Actor representative;
    private List<CompanyId> companies;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase target = BenchDatabase.of(database, "p1");
        target.reset();
        system = WiredSystem.open(target);
        Seeded seeded = seed(system, COMPANIES);
        representative = seeded.representative();
        companies = seeded.companies();
        rawPool = target.rawPool();
        raw = new RawGetCompany(rawPool);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rawPool.close();
        system.close();
    }

    @Benchmark
    public CompanyView useCase() {
        return system.useCases().companies().get().get(representative, nextCompany());
    }

    @Benchmark
    public RawGetCompany.Found rawSameStatements() throws SQLException {
        return raw.sameStatements(representative.userId().value(), nextCompany().value());
    }

    @Benchmark
    public RawGetCompany.Found rawCompanyAndBillingAddress() throws SQLException {
        return raw.companyAndBillingAddress(nextCompany().value());
    }

    private CompanyId nextCompany() {
        next = (next + 1) % companies.size();
        return companies.get(next);
    }

    /** Who reads which companies. */
    record Seeded(Actor representative, List<CompanyId> companies) {}

    /** A sales representative with {@code count} companies, made through the use cases. */
    static Seeded seed(WiredSystem system, int count) {
        Actor admin = system.administrator();
        String group = system.useCases().customerGroups().create()
                .create(admin, new CreateCustomerGroupCommand("p1-group", "P1 group", "-5")).id().toString();
        UserView rep = system.useCases().users().create().create(admin, new CreateUserCommand("rep@p1.example", "Rita",
                "Representative", null, "STAFF", List.of("sales_representative"), WiredSystem.PASSWORD));
        List<CompanyId> companies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AddressInput billing = new AddressInput("Accounts payable", "Hauptstraße " + (i + 1), "10115",
                    String.format("City %04d", i), null, "DE", "invoices@buyer.example", "+49 30 1234567", null);
            companies.add(system.useCases().companies().create().create(admin, new CreateCompanyCommand(
                    String.format("P1 Company %04d", i), GermanVatNumbers.of(i), group,
                    rep.id().toString(), "https://p1-" + i + ".example", billing)).id());
        }
        return new Seeded(Actor.of(rep.id()), List.copyOf(companies));
    }
}
