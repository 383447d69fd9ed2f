package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.role.LimitationView;
import org.b2b.customers.application.role.PermissionView;
import org.b2b.customers.application.role.PolicyInput;
import org.b2b.customers.application.role.PolicyView;
import org.b2b.customers.application.role.RoleView;
import org.b2b.customers.application.role.UpdateRoleCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.access.RoleAudience;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.testkit.InMemoryHistory;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class RoleUseCasesTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();

    @Test
    void every_role_is_listed_with_its_policies() {
        List<RoleView> roles = useCases.roles().list().list(admin);

        assertThat(roles).extracting(RoleView::identifier).containsExactly(
                "administrator", "company_admin", "company_buyer", "corporate_access", "sales_representative");
        RoleView buyer = roles.get(2);
        assertThat(buyer.audience()).isEqualTo(RoleAudience.CUSTOMER);
        assertThat(buyer.builtIn()).isTrue();
        assertThat(buyer.policies()).contains(new PolicyView("company", "view", List.of("own_company")));
    }

    @Test
    void the_permission_catalogue_describes_every_permission_and_limitation() {
        var catalogue = useCases.roles().permissions().catalogue(admin);

        assertThat(catalogue.permissions()).hasSize(Permission.values().length)
                .contains(new PermissionView("member", "edit", "member/edit",
                        "edit members' information, role and status"));
        assertThat(catalogue.limitations()).extracting(LimitationView::identifier)
                .containsExactly("own_company", "represented_companies");
        assertThat(catalogue.limitations()).allSatisfy(l -> assertThat(l.description()).isNotBlank());
    }

    @Test
    void an_unknown_role_is_not_found() {
        assertThatThrownBy(() -> useCases.roles().get().get(admin, new RoleIdentifier("purchasing_lead")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void a_new_role_gets_its_policies_and_leaves_history() {
        RoleView created = useCases.roles().create().create(admin, new CreateRoleCommand("order_clerk", "Order clerk",
                "CUSTOMER", List.of(PolicyInput.of("order", "view", "own_company"),
                        PolicyInput.of("order", "create", "own_company"))));

        assertThat(created.builtIn()).isFalse();
        assertThat(useCases.roles().get().get(admin, new RoleIdentifier("order_clerk"))).isEqualTo(created);
        assertThat(globalHistory()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("role.created");
            assertThat(entry.actor()).isEqualTo(admin.userId());
            assertThat(entry.companyId()).isEmpty();
            assertThat(entry.details()).containsEntry("identifier", "order_clerk")
                    .containsEntry("policies", "order/create[own_company], order/view[own_company]");
        });
    }

    @Test
    void a_customer_role_holding_staff_powers_or_unlimited_policies_is_refused_naming_each_policy() {
        var command = new CreateRoleCommand("shadow_admin", "Shadow admin", "CUSTOMER", List.of(
                PolicyInput.of("order", "view", "own_company"),
                PolicyInput.of("user", "create"),
                PolicyInput.of("member", "view"),
                PolicyInput.of("company", "edit", "own_company"),
                PolicyInput.of("member", "add", "own_company"),
                PolicyInput.of("portal", "login")));

        assertThatThrownBy(() -> useCases.roles().create().create(admin, command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("policies[1]", "not_a_customer_policy"),
                                tuple("policies[2]", "not_a_customer_policy"),
                                tuple("policies[3]", "not_a_customer_policy"),
                                tuple("policies[4]", "not_a_customer_policy")));
        RoleView buyer = useCases.roles().get().get(admin, RoleIdentifier.COMPANY_BUYER);
        assertThatThrownBy(() -> useCases.roles().update().update(admin, new UpdateRoleCommand(
                RoleIdentifier.COMPANY_BUYER, buyer.name(), List.of(PolicyInput.of("order", "view", "own_company"),
                        PolicyInput.of("role", "edit")), ExpectedVersion.of(buyer.version()), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("policies[1]", "not_a_customer_policy")));
        assertThat(useCases.roles().get().get(admin, RoleIdentifier.COMPANY_BUYER)).isEqualTo(buyer);
    }

    @Test
    void a_policy_outside_the_catalogue_is_refused_naming_its_place() {
        var command = new CreateRoleCommand("odd_role", "Odd role", "STAFF", List.of(
                PolicyInput.of("company", "view"),
                PolicyInput.of("warehouse", "view"),
                PolicyInput.of("company", "fly"),
                PolicyInput.of("order", "view", "everyone")));

        assertThatThrownBy(() -> useCases.roles().create().create(admin, command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("policies[1].module", "unknown_module"),
                                tuple("policies[2].function", "unknown_function"),
                                tuple("policies[3].limitations[0]", "unknown_limitation")));
        assertThat(useCases.roles().list().list(admin)).extracting(RoleView::identifier).doesNotContain("odd_role");
    }

    @Test
    void a_limitation_that_can_never_hold_for_the_roles_audience_is_refused() {
        var command = new CreateRoleCommand("regional_rep", "Regional rep", "STAFF",
                List.of(PolicyInput.of("company", "view", "own_company")));

        assertThatThrownBy(() -> useCases.roles().create().create(admin, command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("policies[0].limitations[0]"));
    }

    @Test
    void a_built_in_identifier_cannot_be_taken_by_a_new_role() {
        var command = new CreateRoleCommand("company_admin", "Another admin", "CUSTOMER", List.of());

        assertThatThrownBy(() -> useCases.roles().create().create(admin, command))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("role.exists");
                });
    }

    @Test
    void an_update_replaces_the_policies_and_records_what_changed() {
        RoleView buyer = useCases.roles().get().get(admin, RoleIdentifier.COMPANY_BUYER);
        List<PolicyInput> policies = new ArrayList<>(inputsOf(buyer));
        policies.removeIf(p -> p.module().equals("address"));
        policies.add(PolicyInput.of("history", "view", "own_company"));

        RoleView updated = useCases.roles().update().update(admin, new UpdateRoleCommand(RoleIdentifier.COMPANY_BUYER,
                "Buyer", policies, ExpectedVersion.of(buyer.version()), false));

        assertThat(updated.name()).isEqualTo("Buyer");
        assertThat(updated.version()).isEqualTo(buyer.version() + 1);
        assertThat(updated.policies()).contains(new PolicyView("history", "view", List.of("own_company")))
                .noneMatch(p -> p.module().equals("address"));
        assertThat(globalHistory()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("role.updated");
            assertThat(entry.details()).containsEntry("identifier", "company_buyer")
                    .containsEntry("name", "Company buyer → Buyer")
                    .containsEntry("addedPolicies", "history/view[own_company]")
                    .containsEntry("removedPolicies", "address/view[own_company]");
        });
    }

    @Test
    void an_update_from_a_stale_version_is_a_conflict() {
        RoleView buyer = useCases.roles().get().get(admin, RoleIdentifier.COMPANY_BUYER);
        useCases.roles().update().update(admin, new UpdateRoleCommand(RoleIdentifier.COMPANY_BUYER, "Buyer",
                inputsOf(buyer), ExpectedVersion.of(buyer.version()), false));

        assertThatThrownBy(() -> useCases.roles().update().update(admin, new UpdateRoleCommand(RoleIdentifier.COMPANY_BUYER,
                "Purchaser", inputsOf(buyer), ExpectedVersion.of(buyer.version()), false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("role.stale_version"));
        assertThat(useCases.roles().get().get(admin, RoleIdentifier.COMPANY_BUYER).name()).isEqualTo("Buyer");
    }

    @Test
    void corporate_access_keeps_what_the_portal_needs_unless_the_change_is_confirmed() {
        var command = new UpdateRoleCommand(RoleIdentifier.CORPORATE_ACCESS, "Corporate access",
                List.of(PolicyInput.of("company", "view", "own_company")), ExpectedVersion.any(), false);

        assertThatThrownBy(() -> useCases.roles().update().update(admin, command))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("corporate_access.policy_needed");
                    assertThat(e.getMessage()).isEqualTo("Without portal/login in corporate_access, members can no "
                            + "longer log in to the Customer Portal. Confirm to change it anyway.");
                });
        assertThat(useCases.roles().get().get(admin, RoleIdentifier.CORPORATE_ACCESS).policies())
                .contains(new PolicyView("portal", "login", List.of()));
    }

    @Test
    void once_confirmed_members_can_no_longer_log_in_or_see_their_company() {
        useCases.roles().create().create(admin, new CreateRoleCommand("order_reader", "Order reader", "CUSTOMER",
                List.of(PolicyInput.of("order", "view", "own_company"))));
        CompanyView company = data.company("Portal Users Ltd", data.salesRepresentative());
        UserView member = data.poolUser();
        DirectMembership.join(system, company, member, "order_reader");
        var login = new AuthenticateCommand(member.email(), TestData.PASSWORD);
        assertThat(useCases.users().authenticate().authenticate(login).id()).isEqualTo(member.id());
        assertThat(useCases.companies().get().get(data.actor(member), company.id()).id()).isEqualTo(company.id());

        useCases.roles().update().update(admin, new UpdateRoleCommand(RoleIdentifier.CORPORATE_ACCESS,
                "Corporate access", List.of(), ExpectedVersion.any(), true));

        assertThatThrownBy(() -> useCases.users().authenticate().authenticate(login))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED));
        assertThatThrownBy(() -> useCases.companies().get().get(data.actor(member), company.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void the_administrator_role_cannot_lose_role_edit() {
        RoleView administrator = useCases.roles().get().get(admin, RoleIdentifier.ADMINISTRATOR);
        List<PolicyInput> policies = new ArrayList<>(inputsOf(administrator));
        policies.removeIf(p -> p.module().equals("role") && p.function().equals("edit"));

        assertThatThrownBy(() -> useCases.roles().update().update(admin, new UpdateRoleCommand(RoleIdentifier.ADMINISTRATOR,
                "Administrator", policies, ExpectedVersion.any(), true)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("administrator.role_policies_needed");
                });
        assertThat(useCases.roles().get().get(admin, RoleIdentifier.ADMINISTRATOR).policies())
                .contains(new PolicyView("role", "edit", List.of()));
    }

    @Test
    void the_administrator_role_may_lose_other_policies() {
        RoleView administrator = useCases.roles().get().get(admin, RoleIdentifier.ADMINISTRATOR);
        List<PolicyInput> policies = new ArrayList<>(inputsOf(administrator));
        policies.removeIf(p -> p.module().equals("customer_group") && p.function().equals("edit"));

        useCases.roles().update().update(admin, new UpdateRoleCommand(RoleIdentifier.ADMINISTRATOR, "Administrator",
                policies, ExpectedVersion.any(), false));

        assertThatThrownBy(() -> useCases.customerGroups().create().create(admin,
                new CreateCustomerGroupCommand("vip", "VIP", "10")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void staff_without_role_policies_can_neither_see_nor_edit_roles() {
        Actor rep = data.actor(data.salesRepresentative());

        assertThatThrownBy(() -> useCases.roles().list().list(rep))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
        assertThatThrownBy(() -> useCases.roles().create().create(rep, new CreateRoleCommand("x_role", "X", "STAFF", List.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    private static List<PolicyInput> inputsOf(RoleView role) {
        return role.policies().stream().map(p -> new PolicyInput(p.module(), p.function(), p.limitations())).toList();
    }

    private List<HistoryEntry> globalHistory() {
        InMemoryHistory history = (InMemoryHistory) system.ports().history();
        return system.ports().transactions().inTransaction(history::all).stream()
                .filter(e -> e.companyId().isEmpty()).toList();
    }
}
