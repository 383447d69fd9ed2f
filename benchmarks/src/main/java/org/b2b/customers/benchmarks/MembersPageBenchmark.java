package org.b2b.customers.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.RoleIdentifier;
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
 * P7: a company's members page of 50 through {@code ListMembersUseCase} on jOOQ, as the administrator, against plain
 * JDBC reading the same page with each member's user joined in one statement. The company has more members than a
 * page, each with a user of their own, so that every page is full and has a next one.
 * Goal: the use case reaches at least 0.5 times the throughput of the raw page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MembersPageBenchmark {

    static final double GOAL_RATIO = 0.5;
    static final int PAGE = 50;
    static final int MEMBERS = 60;

    @Param({BenchDatabase.H2, BenchDatabase.POSTGRES})
    public String database;

    private WiredSystem system;
    private HikariDataSource rawPool;
    private RawMembersPage raw;
    private CompanyId company;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase target = BenchDatabase.of(database, "p7");
        target.reset();
        system = WiredSystem.open(target);
        company = seed(system);
        rawPool = target.rawPool();
        raw = new RawMembersPage(rawPool);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rawPool.close();
        system.close();
    }

    @Benchmark
    public Page<MemberView> useCase() {
        return page(system, company);
    }

    @Benchmark
    public RawMembersPage.Page rawJoin() throws SQLException {
        return raw.firstPage(company.value(), PAGE);
    }

    /** The first page of the company's members through the use case, as the administrator. */
    static Page<MemberView> page(WiredSystem system, CompanyId company) {
        return system.useCases().members().list().list(system.administrator(), ListMembersQuery.of(company));
    }

    /** A company with {@value #MEMBERS} members, each a new customer user, made through the use cases. */
    static CompanyId seed(WiredSystem system) {
        Actor admin = system.administrator();
        String group = system.useCases().customerGroups().create()
                .create(admin, new CreateCustomerGroupCommand("p7-group", "P7 group", "-5")).id().toString();
        UserView rep = system.useCases().users().create().create(admin, new CreateUserCommand("rep@p7.example", "Rita",
                "Representative", null, "STAFF", List.of("sales_representative"), WiredSystem.PASSWORD));
        AddressInput billing = new AddressInput("Accounts payable", "Hauptstraße 7", "10115", "Berlin", null, "DE",
                "invoices@buyer.example", "+49 30 1234567", null);
        CompanyId company = system.useCases().companies().create().create(admin, new CreateCompanyCommand(
                "P7 Company", GermanVatNumbers.of(7), group, rep.id().toString(), "https://p7.example", billing)).id();
        for (int i = 0; i < MEMBERS; i++) {
            UserView user = system.useCases().users().create().create(admin, new CreateUserCommand(
                    String.format("member%02d@p7.example", i), "Member", String.format("Person %02d", i),
                    "+49 30 " + (1_000_000 + i), "CUSTOMER", List.of(), WiredSystem.PASSWORD));
            system.useCases().members().add().add(admin, new AddMemberCommand(company, user.id().toString(),
                    RoleIdentifier.COMPANY_BUYER.value()));
        }
        return company;
    }
}
