package org.b2b.customers.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanySummaryView;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final Actor admin = system.administrator();
    private final DemoData demo = new DemoData(useCases, DemoData.administratorOf(system.ports()), system.clock());

    @Test
    void the_demo_is_made_through_the_use_cases_and_holds_what_it_reports() {
        DemoData.Seeded seeded = demo.seedIfEmpty().orElseThrow();

        List<CompanyView> companies = companies();
        List<CompanySummaryView> summaries = companies.stream()
                .map(c -> useCases.companies().summary().summary(admin, c.id())).toList();
        assertThat(companies).hasSize(DemoData.COMPANIES).hasSize(seeded.companies());
        assertThat(useCases.customerGroups().list().list(admin)).hasSize(seeded.customerGroups()).hasSize(4);
        assertThat(users("sales_representative")).hasSize(seeded.salesRepresentatives()).hasSize(4);
        assertThat(summaries.stream().mapToLong(CompanySummaryView::memberCount).sum()).isEqualTo(seeded.members())
                .isEqualTo(DemoData.REGISTERED_MEMBERS + DemoData.MEMBERS_FROM_THE_POOL);
        assertThat(summaries.stream().mapToLong(CompanySummaryView::pendingInvitationCount).sum())
                .isEqualTo(seeded.pendingInvitations()).isGreaterThanOrEqualTo(DemoData.INVITING_COMPANIES);
        assertThat(summaries.stream().mapToLong(CompanySummaryView::orderCount).sum()).isEqualTo(seeded.orders())
                .isGreaterThan(DemoData.COMPANIES);
        assertThat(page(ListUsersQuery.pool()).items()).hasSize(seeded.poolUsers());
    }

    @Test
    void companies_come_from_several_countries_with_valid_tax_ids_billing_addresses_and_some_contact_persons() {
        demo.seedIfEmpty();

        List<CompanyView> companies = companies();
        assertThat(companies).allSatisfy(c -> {
            assertThat(new TaxId(c.taxId()).value()).isEqualTo(c.taxId());
            assertThat(c.billingAddress()).isPresent();
        });
        assertThat(companies.stream().map(c -> c.billingAddress().orElseThrow().country()).distinct())
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(companies.stream().map(CompanyView::name).distinct()).hasSize(companies.size());
        assertThat(companies.stream().filter(c -> c.contactPersonMemberId().isPresent()))
                .hasSize(DemoData.REGISTERED_MEMBERS);
    }

    @Test
    void demo_accounts_log_in_with_the_demo_password() {
        demo.seedIfEmpty();

        UserView representative = users("sales_representative").get(0);
        assertThat(useCases.users().authenticate().authenticate(
                new AuthenticateCommand(representative.email(), DemoData.PASSWORD)).id()).isEqualTo(representative.id());
    }

    @Test
    void a_second_run_adds_nothing() {
        DemoData.seedIfEmpty(useCases, system.ports(), system.clock());
        int users = page(ListUsersQuery.all()).items().size();

        Optional<DemoData.Seeded> again = demo.seedIfEmpty();

        assertThat(again).isEmpty();
        assertThat(companies()).hasSize(DemoData.COMPANIES);
        assertThat(page(ListUsersQuery.all()).items()).hasSize(users);
        assertThat(useCases.customerGroups().list().list(admin)).hasSize(4);
    }

    @Test
    void a_database_with_companies_gets_no_demo() {
        system.testData().company("Real Customer GmbH", system.testData().salesRepresentative());

        assertThat(demo.seedIfEmpty()).isEmpty();
        assertThat(companies()).hasSize(1);
    }

    private List<CompanyView> companies() {
        List<CompanyView> all = new ArrayList<>();
        ListCompaniesQuery query = ListCompaniesQuery.all().withPage(PageRequest.first(PageRequest.MAX_LIMIT));
        while (true) {
            Page<CompanyView> page = useCases.companies().list().list(admin, query);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            query = query.withPage(query.page().after(page.nextCursor().get()));
        }
    }

    private List<UserView> users(String role) {
        return page(new ListUsersQuery(null, null, Optional.of(role), false, null)).items();
    }

    private Page<UserView> page(ListUsersQuery query) {
        return useCases.users().list().list(admin, new ListUsersQuery(query.q(), query.type(), query.role(),
                query.unassigned(), PageRequest.first(PageRequest.MAX_LIMIT)));
    }
}
