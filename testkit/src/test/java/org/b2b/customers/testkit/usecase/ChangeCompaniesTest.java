package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.ChangeCompaniesCommand;
import org.b2b.customers.application.company.CompanyChangeResult;
import org.b2b.customers.application.company.CompanyChangeResult.Outcome;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class ChangeCompaniesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView representative = data.salesRepresentative();

    @Test
    void an_administrator_deactivates_several_companies_and_each_is_reported_changed() {
        CompanyView nordwind = data.company("Nordwind Logistik", representative);
        CompanyView suedwind = data.company("Südwind AG", representative);

        List<CompanyChangeResult> results = change(admin, ChangeCompaniesCommand.deactivate(
                List.of(nordwind.id(), suedwind.id())));

        assertThat(results).extracting(CompanyChangeResult::name, CompanyChangeResult::outcome).containsExactly(
                tuple(Optional.of("Nordwind Logistik"), Outcome.CHANGED),
                tuple(Optional.of("Südwind AG"), Outcome.CHANGED));
        assertThat(current(nordwind).status()).isEqualTo(CompanyStatus.DEACTIVATED);
        assertThat(current(suedwind).status()).isEqualTo(CompanyStatus.DEACTIVATED);
    }

    @Test
    void a_company_that_is_so_already_is_reported_unchanged() {
        CompanyView company = data.company("Nordwind Logistik", representative);
        change(admin, ChangeCompaniesCommand.deactivate(List.of(company.id())));

        List<CompanyChangeResult> again = change(admin, ChangeCompaniesCommand.deactivate(List.of(company.id())));

        assertThat(again).extracting(CompanyChangeResult::outcome).containsExactly(Outcome.UNCHANGED);
        assertThat(current(company).version()).isEqualTo(company.version() + 1);
    }

    @Test
    void a_company_the_caller_may_not_see_is_not_found_and_the_others_are_changed_all_the_same() {
        UserView colleague = data.salesRepresentative();
        CompanyView first = data.company("Erste GmbH", representative);
        CompanyView hidden = data.company("Fremde GmbH", colleague);
        CompanyView last = data.company("Letzte GmbH", representative);
        String group = data.customerGroup().id().value().toString();

        List<CompanyChangeResult> results = change(data.actor(representative), ChangeCompaniesCommand
                .assignCustomerGroup(List.of(first.id(), hidden.id(), last.id()), group));

        assertThat(results).extracting(CompanyChangeResult::outcome)
                .containsExactly(Outcome.CHANGED, Outcome.REFUSED, Outcome.CHANGED);
        CompanyChangeResult refused = results.get(1);
        assertThat(refused.companyId()).isEqualTo(hidden.id());
        assertThat(refused.name()).as("the name of a company the caller may not see").isEmpty();
        assertThat(refused.refusal()).hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("company.not_found"));
        assertThat(current(first).customerGroupId().value().toString()).isEqualTo(group);
        assertThat(current(last).customerGroupId().value().toString()).isEqualTo(group);
        assertThat(current(hidden).customerGroupId()).isEqualTo(hidden.customerGroupId());
    }

    @Test
    void a_representative_may_not_deactivate_so_each_company_is_refused_by_name_and_stays_active() {
        CompanyView company = data.company("Nordwind Logistik", representative);

        List<CompanyChangeResult> results = change(data.actor(representative),
                ChangeCompaniesCommand.deactivate(List.of(company.id())));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(result.name()).contains("Nordwind Logistik");
            assertThat(result.refusal()).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
        });
        assertThat(current(company).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    @Test
    void a_representative_reassigns_their_companies_to_an_administrator_by_the_rules_of_a_single_edit() {
        UserView colleague = data.salesRepresentative();
        CompanyView company = data.company("Nordwind Logistik", representative);

        List<CompanyChangeResult> toColleague = change(data.actor(representative), ChangeCompaniesCommand
                .assignSalesRepresentative(List.of(company.id()), colleague.id().value().toString()));
        List<CompanyChangeResult> byAdmin = change(admin, ChangeCompaniesCommand
                .assignSalesRepresentative(List.of(company.id()), colleague.id().value().toString()));

        assertThat(toColleague).extracting(CompanyChangeResult::outcome).containsExactly(Outcome.REFUSED);
        assertThat(byAdmin).extracting(CompanyChangeResult::outcome).containsExactly(Outcome.CHANGED);
        assertThat(current(company).salesRepresentativeId()).isEqualTo(colleague.id());
    }

    @Test
    void an_unknown_customer_group_refuses_each_company_as_invalid_and_changes_none() {
        CompanyView company = data.company("Nordwind Logistik", representative);

        List<CompanyChangeResult> results = change(admin, ChangeCompaniesCommand.assignCustomerGroup(
                List.of(company.id()), "00000000-0000-0000-0000-000000000001"));

        assertThat(results).singleElement().satisfies(result -> assertThat(result.refusal())
                .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID)));
        assertThat(current(company)).isEqualTo(company);
    }

    @Test
    void a_company_named_twice_is_changed_once() {
        CompanyView company = data.company("Nordwind Logistik", representative);

        List<CompanyChangeResult> results = change(admin, ChangeCompaniesCommand.activate(
                List.of(company.id(), company.id())));

        assertThat(results).extracting(CompanyChangeResult::outcome).containsExactly(Outcome.UNCHANGED);
    }

    @Test
    void a_change_of_no_company_or_without_its_value_is_invalid_input() {
        CompanyView company = data.company("Nordwind Logistik", representative);

        assertThatThrownBy(() -> change(admin, ChangeCompaniesCommand.deactivate(List.<CompanyId>of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("companyIds"));
        assertThatThrownBy(() -> change(admin, ChangeCompaniesCommand.assignSalesRepresentative(
                List.of(company.id()), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("salesRepresentativeId"));
    }

    @Test
    void a_user_who_may_see_no_company_finds_each_not_found_and_changes_none() {
        CompanyView company = data.company("Nordwind Logistik", representative);
        Actor poolUser = data.actor(data.poolUser());

        List<CompanyChangeResult> results = change(poolUser, ChangeCompaniesCommand.deactivate(List.of(company.id())));

        assertThat(results).singleElement().satisfies(result -> assertThat(result.refusal())
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("company.not_found")));
        assertThat(current(company).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    private List<CompanyChangeResult> change(Actor actor, ChangeCompaniesCommand command) {
        return useCases.companies().change().change(actor, command);
    }

    private CompanyView current(CompanyView company) {
        return useCases.companies().get().get(admin, company.id());
    }
}
