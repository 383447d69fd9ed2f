package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

/** A company created together with its customer group, as on a fresh installation that has no group yet. */
class CompanyWithNewCustomerGroupTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView representative = data.salesRepresentative();

    @Test
    void the_group_is_created_with_the_company_with_an_identifier_from_its_name_and_no_price_rate() {
        CompanyView company = useCases.companies().create().create(admin, withNewGroup("Großhandel Süd"));

        assertThat(groups()).singleElement().satisfies(group -> {
            assertThat(group.id()).isEqualTo(company.customerGroupId());
            assertThat(group.name()).isEqualTo("Großhandel Süd");
            assertThat(group.identifier()).isEqualTo("grosshandel-sud");
            assertThat(group.globalPriceRate()).isEqualByComparingTo("0");
        });
    }

    @Test
    void an_identifier_taken_by_another_group_gets_a_number() {
        useCases.customerGroups().create().create(admin, new CreateCustomerGroupCommand("retail", "Shops", "0"));

        CompanyView company = useCases.companies().create().create(admin, withNewGroup("Retail"));

        assertThat(groups()).filteredOn(group -> group.id().equals(company.customerGroupId()))
                .singleElement().extracting(CustomerGroupView::identifier).isEqualTo("retail-2");
    }

    @Test
    void a_refused_company_leaves_no_group_behind() {
        CompanyView first = useCases.companies().create().create(admin, withNewGroup("Wholesale"));
        CreateCompanyCommand sameTaxId = new CreateCompanyCommand("Second", first.taxId(), null,
                representative.id().toString(), null, null, "Retail");

        assertThatThrownBy(() -> useCases.companies().create().create(admin, sameTaxId))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("company.tax_id_taken"));
        assertThat(groups()).extracting(CustomerGroupView::name).containsExactly("Wholesale");
    }

    @Test
    void a_name_of_an_existing_group_is_refused_on_its_field_so_that_no_two_groups_look_alike() {
        useCases.customerGroups().create().create(admin, new CreateCustomerGroupCommand("retail", "Retail", "0"));

        assertRefused(withNewGroup(" retail "), "newCustomerGroupName", "customer_group_exists");
        assertThat(groups()).hasSize(1);
    }

    @Test
    void a_new_group_and_an_existing_one_together_are_refused() {
        CustomerGroupView existing = data.customerGroup();
        CreateCompanyCommand both = new CreateCompanyCommand("Acme", data.taxId(), existing.id().toString(),
                representative.id().toString(), null, null, "Retail");

        assertRefused(both, "newCustomerGroupName", "group_chosen_twice");
    }

    @Test
    void neither_a_new_group_nor_an_existing_one_is_a_missing_customer_group() {
        CreateCompanyCommand neither = new CreateCompanyCommand("Acme", data.taxId(), " ",
                representative.id().toString(), null, null, "");

        assertRefused(neither, "customerGroupId", "required");
    }

    @Test
    void a_representative_who_may_not_edit_groups_gets_the_reason_on_the_field_and_nothing_is_stored() {
        Actor rep = data.actor(representative);

        assertRefused(rep, withNewGroup("Retail"), "newCustomerGroupName", "group_creation_not_allowed");
        assertThat(groups()).isEmpty();
        assertThat(system.useCases().companies().list().list(admin,
                ListCompaniesQuery.all()).items()).isEmpty();
    }

    private CreateCompanyCommand withNewGroup(String groupName) {
        return new CreateCompanyCommand("Acme Industrial", data.taxId(), "", representative.id().toString(), null,
                null, groupName);
    }

    private List<CustomerGroupView> groups() {
        return useCases.customerGroups().list().list(admin);
    }

    private void assertRefused(CreateCompanyCommand command, String field, String code) {
        assertRefused(admin, command, field, code);
    }

    private void assertRefused(Actor actor, CreateCompanyCommand command, String field, String code) {
        assertThatThrownBy(() -> useCases.companies().create().create(actor, command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .contains(tuple(field, code)));
    }
}
