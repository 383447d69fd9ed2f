package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class CompanyUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();

    @Test
    void a_company_is_created_with_its_billing_address_as_default_billing_address() {
        UserView rep = data.salesRepresentative();
        CompanyView company = data.company("Acme Industrial", rep);

        assertThat(company.status()).isEqualTo(CompanyStatus.ACTIVE);
        assertThat(company.salesRepresentativeId()).isEqualTo(rep.id());
        assertThat(company.billingAddress()).hasValueSatisfying(a -> {
            assertThat(a.city()).isEqualTo("Berlin");
            assertThat(a.isDefault()).isTrue();
        });
        assertThat(useCases.companies().get().get(admin, company.id())).isEqualTo(company);
    }

    @Test
    void every_invalid_field_is_named_at_once() {
        var command = new CreateCompanyCommand(" ", "DE12", "not-a-uuid", "", "javascript:alert(1)", null);

        assertThatThrownBy(() -> useCases.companies().create().create(admin, command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("name", "taxId", "customerGroupId", "salesRepresentativeId", "website"));
    }

    @Test
    void a_tax_id_is_unique_in_its_normalised_form() {
        UserView rep = data.salesRepresentative();
        CompanyView first = data.company("First", rep);
        String spaced = first.taxId().substring(0, 2).toLowerCase() + " " + first.taxId().substring(2, 5) + "."
                + first.taxId().substring(5);
        var command = data.newCompany("Second", rep);
        var clash = new CreateCompanyCommand(command.name(), spaced, command.customerGroupId(),
                command.salesRepresentativeId(), null, null);

        assertThatThrownBy(() -> useCases.companies().create().create(admin, clash))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("company.tax_id_taken"));
    }

    @Test
    void an_edit_from_a_stale_version_is_a_conflict() {
        CompanyView company = data.company("Versioned", data.salesRepresentative());
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withName("Renamed").ifVersion(company.version()));

        assertThatThrownBy(() -> useCases.companies().update().update(admin,
                UpdateCompanyCommand.of(company.id()).withName("Again").ifVersion(company.version())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(useCases.companies().get().get(admin, company.id()).name()).isEqualTo("Renamed");
    }

    @Test
    void a_sales_representative_sees_only_the_companies_they_represent() {
        UserView alice = data.salesRepresentative();
        UserView bob = data.salesRepresentative();
        CompanyView ofAlice = data.company("Alpha", alice);
        CompanyView ofBob = data.company("Beta", bob);

        assertThat(useCases.companies().list().list(data.actor(alice), ListCompaniesQuery.all()).items())
                .extracting(CompanyView::id).containsExactly(ofAlice.id());
        assertThatThrownBy(() -> useCases.companies().get().get(data.actor(alice), ofBob.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void companies_page_by_name_with_a_cursor_and_search_by_prefix_or_tax_id() {
        UserView rep = data.salesRepresentative();
        for (String name : new String[] {"Delta", "alpha", "Charlie", "bravo", "Echo"}) {
            data.company(name, rep);
        }
        var first = useCases.companies().list().list(admin, ListCompaniesQuery.all().withPage(PageRequest.first(2)));
        var second = useCases.companies().list().list(admin,
                ListCompaniesQuery.all().withPage(PageRequest.first(2).after(first.nextCursor().orElseThrow())));
        var last = useCases.companies().list().list(admin,
                ListCompaniesQuery.all().withPage(PageRequest.first(2).after(second.nextCursor().orElseThrow())));

        assertThat(first.items()).extracting(CompanyView::name).containsExactly("alpha", "bravo");
        assertThat(second.items()).extracting(CompanyView::name).containsExactly("Charlie", "Delta");
        assertThat(last.items()).extracting(CompanyView::name).containsExactly("Echo");
        assertThat(last.nextCursor()).isEmpty();
        assertThat(useCases.companies().list().list(admin, ListCompaniesQuery.all().withText("CH")).items())
                .extracting(CompanyView::name).containsExactly("Charlie");
        String taxId = first.items().get(0).taxId();
        assertThat(useCases.companies().list().list(admin, ListCompaniesQuery.all().withText(taxId.toLowerCase())).items())
                .extracting(CompanyView::taxId).containsExactly(taxId);
    }

    @Test
    void a_malformed_cursor_is_invalid_input() {
        assertThatThrownBy(() -> useCases.companies().list().list(admin,
                ListCompaniesQuery.all().withPage(PageRequest.first().after("%%%"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("cursor"));
    }
}
