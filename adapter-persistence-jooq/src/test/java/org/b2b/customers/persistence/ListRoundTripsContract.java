package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.b2b.customers.application.address.AddAddressCommand;
import org.b2b.customers.application.address.ListAddressesQuery;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.BrowseCompaniesQuery;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.testkit.TestSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every list costs as many round trips for a page of 1 as for a page of 50 whose rows name 50 different people, and
 * at most 3 in all: the caller, the company a company's list belongs to, and the list itself.
 */
abstract class ListRoundTripsContract {

    private static final int MANY = 50;
    private static final int BUDGET = 3;

    private int companies;
    private TestSystem system;
    private TestData given;
    private Actor admin;

    /** A fresh database for each test: the counts must not depend on what another test left behind. */
    abstract TestDatabase database();

    @BeforeEach
    void wire() {
        system = TestSystem.on(database()::ports, database()::outboxMessages);
        admin = system.administrator();
        given = system.testData();
    }

    @Test
    void members_with_their_users() {
        CompanyView company = company();
        IntStream.range(0, MANY).forEach(i -> given.member(company, "company_buyer"));

        assertConstant(limit -> {
            var page = system.useCases().members().list().list(admin,
                    ListMembersQuery.of(company.id()).withPage(PageRequest.first(limit)));
            assertThat(page.items()).hasSize(limit).extracting(MemberView::lastName).doesNotHaveDuplicates();
        });
    }

    @Test
    void invitations_with_who_sent_them() {
        CompanyView company = company();
        for (int i = 0; i < MANY; i++) {
            system.useCases().invitations().invite().invite(given.actor(given.member(company, "company_admin")),
                    InviteMembersCommand.of(company.id(), new Invitee("invited" + i + "@buyer.example", "company_buyer")));
        }

        assertConstant(limit -> {
            var page = system.useCases().invitations().list().list(admin,
                    ListInvitationsQuery.all(company.id()).withPage(PageRequest.first(limit)));
            assertThat(page.items()).hasSize(limit).extracting(view -> view.invitedBy().name().orElseThrow())
                    .doesNotHaveDuplicates();
        });
    }

    @Test
    void orders() {
        CompanyView company = companyWithOrders();

        assertConstant(limit -> assertThat(system.useCases().orders().list().list(admin,
                new ListOrdersQuery(company.id(), PageRequest.first(limit))).items()).hasSize(limit));
    }

    @Test
    void orders_with_who_placed_them() {
        CompanyView company = companyWithOrders();

        assertConstant(limit -> assertThat(system.useCases().orders().list().listWithNames(admin,
                        new ListOrdersQuery(company.id(), PageRequest.first(limit))).items())
                .hasSize(limit).extracting(row -> row.placedByName().orElseThrow()).doesNotHaveDuplicates());
    }

    @Test
    void company_history_with_who_made_each_change() {
        CompanyView company = company();
        for (int i = 0; i < MANY; i++) {
            system.useCases().invitations().invite().invite(given.actor(given.member(company, "company_admin")),
                    InviteMembersCommand.of(company.id(), new Invitee("invited" + i + "@buyer.example", "company_buyer")));
        }

        assertConstant(limit -> assertThat(system.useCases().history().ofCompany().history(admin,
                        new CompanyHistoryQuery(company.id(), Optional.of("invitation.created"), PageRequest.first(limit)))
                .items()).hasSize(limit).extracting(entry -> entry.actorName().orElseThrow()).doesNotHaveDuplicates());
    }

    @Test
    void users_with_their_roles_and_company() {
        CompanyView company = company();
        IntStream.range(0, MANY).forEach(i -> given.member(company, "company_buyer"));

        assertConstant(limit -> assertThat(system.useCases().users().list().list(admin,
                        new ListUsersQuery(null, Optional.of("CUSTOMER"), null, false, PageRequest.first(limit))).items())
                .hasSize(limit).allSatisfy(user -> assertThat(user.companyId()).isPresent())
                .extracting(UserView::lastName).doesNotHaveDuplicates());
    }

    @Test
    void a_later_page_of_users_costs_what_the_first_does() {
        CompanyView company = company();
        IntStream.range(0, 3).forEach(i -> given.member(company, "company_buyer"));
        ListUsersQuery first = new ListUsersQuery(null, Optional.of("CUSTOMER"), null, false, PageRequest.first(1));
        Page<UserView> firstPage = system.useCases().users().list().list(admin, first);
        ListUsersQuery second = new ListUsersQuery(null, Optional.of("CUSTOMER"), null, false,
                new PageRequest(1, firstPage.nextCursor()));

        int forFirst = roundTripsOf(() -> system.useCases().users().list().list(admin, first));
        int forSecond = roundTripsOf(() -> assertThat(system.useCases().users().list().list(admin, second).items())
                .hasSize(1).doesNotContainAnyElementsOf(firstPage.items()));

        assertThat(forSecond).as("the second page against the first").isEqualTo(forFirst);
    }

    @Test
    void companies_with_their_billing_address() {
        IntStream.range(0, MANY).forEach(i -> given.company("Company " + i, given.salesRepresentative()));

        assertConstant(limit -> assertThat(system.useCases().companies().list().list(admin,
                        ListCompaniesQuery.all().withPage(PageRequest.first(limit))).items())
                .hasSize(limit).allSatisfy(company -> assertThat(company.billingAddress()).isPresent()));
    }

    @Test
    void the_directory_with_the_names_of_groups_representatives_and_contact_persons() {
        for (int i = 0; i < MANY; i++) {
            CompanyView company = given.company("Company " + i, given.salesRepresentative());
            MemberView contact = given.member(company, "company_admin");
            system.useCases().members().assignContactPerson().assign(admin,
                    new AssignContactPersonCommand(company.id(), contact.id().toString(), ExpectedVersion.any()));
        }

        assertConstant(limit -> assertThat(system.useCases().companies().browse().browse(admin,
                        new BrowseCompaniesQuery(null, null, null, null, null, null, PageRequest.first(limit))).rows())
                .hasSize(limit).allSatisfy(row -> assertThat(row.contactPersonName()).isPresent())
                .extracting(row -> row.salesRepresentativeName()).doesNotHaveDuplicates());
    }

    @Test
    void addresses() {
        CompanyView few = company();
        CompanyView many = company();
        IntStream.range(1, MANY).forEach(i -> system.useCases().addresses().add().add(admin,
                new AddAddressCommand(many.id(), "SHIPPING", given.shippingAddress("City " + i), false)));

        assertConstant(size -> assertThat(system.useCases().addresses().list().list(admin,
                ListAddressesQuery.all((size == 1 ? few : many).id()))).hasSize(size));
    }

    @Test
    void customer_groups() {
        given.customerGroup();
        int one = roundTripsOf(() -> assertThat(system.useCases().customerGroups().list().list(admin)).hasSize(1));
        IntStream.range(1, MANY).forEach(i -> given.customerGroup());
        int fifty = roundTripsOf(() -> assertThat(system.useCases().customerGroups().list().list(admin)).hasSize(MANY));

        assertWithinBudget(one, fifty);
    }

    @Test
    void roles() {
        int builtIn = system.useCases().roles().list().list(admin).size();
        int before = roundTripsOf(() -> assertThat(system.useCases().roles().list().list(admin)).hasSize(builtIn));
        IntStream.range(0, MANY).forEach(i -> system.useCases().roles().create().create(admin,
                new CreateRoleCommand("role_" + i, "Role " + i, "STAFF", List.of())));
        int after = roundTripsOf(() -> assertThat(system.useCases().roles().list().list(admin))
                .hasSize(builtIn + MANY));

        assertWithinBudget(before, after);
    }

    /** A company with 50 orders, each placed by another member. */
    private CompanyView companyWithOrders() {
        CompanyView company = company();
        for (int i = 0; i < MANY; i++) {
            MemberView buyer = given.member(company, "company_buyer");
            system.useCases().orders().record().record(admin, new RecordOrderCommand(company.id(), "SO-" + i, null,
                    buyer.id().toString(), null, "EUR", "10.00"));
        }
        return company;
    }

    private CompanyView company() {
        return given.company("Listed " + ++companies, given.salesRepresentative());
    }

    /** Lists a page of 1 and a page of 50, each checked by {@code list}, and compares what they cost. */
    private void assertConstant(IntConsumer list) {
        int forOne = roundTripsOf(() -> list.accept(1));
        int forFifty = roundTripsOf(() -> list.accept(MANY));
        assertWithinBudget(forOne, forFifty);
    }

    private static void assertWithinBudget(int forOne, int forFifty) {
        assertThat(forFifty).as("a page of 50 against one of 1").isEqualTo(forOne);
        assertThat(forOne).as("round trips of a list").isLessThanOrEqualTo(BUDGET);
    }

    private int roundTripsOf(Runnable work) {
        work.run(); // the first call also reads the roles of the caller, which later calls keep
        return database().roundTripsOf(work);
    }
}
