package org.b2b.customers.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void removing_portal_login_from_corporate_access_is_refused_unless_confirmed() {
        Role corporateAccess = BuiltInRoles.corporateAccess();
        Set<Policy> withoutLogin = Set.of(Policy.of(Permission.COMPANY_VIEW, Limitation.OWN_COMPANY));

        assertThatThrownBy(() -> corporateAccess.withPolicies("Corporate access", withoutLogin, false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                    assertThat(e.code()).isEqualTo("corporate_access.policy_needed");
                    assertThat(e.getMessage()).contains("portal/login", "log in to the Customer Portal")
                            .doesNotContain("company/view");
                });
        assertThat(corporateAccess.withPolicies("Corporate access", withoutLogin, true).policies())
                .containsExactlyElementsOf(withoutLogin);
    }

    @Test
    void removing_company_view_from_corporate_access_is_refused_unless_confirmed() {
        Role corporateAccess = BuiltInRoles.corporateAccess();
        Set<Policy> withoutView = Set.of(Policy.of(Permission.PORTAL_LOGIN));

        assertThatThrownBy(() -> corporateAccess.withPolicies("Corporate access", withoutView, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage())
                        .contains("company/view", "can no longer see their own company", "Confirm"));
        assertThat(corporateAccess.withPolicies("Corporate access", withoutView, true).policies()).hasSize(1);
    }

    @Test
    void removing_both_portal_needs_names_both() {
        assertThatThrownBy(() -> BuiltInRoles.corporateAccess().withPolicies("Corporate access", Set.of(), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessage()).contains("portal/login", "company/view"));
    }

    @Test
    void adding_to_corporate_access_needs_no_confirmation() {
        Role corporateAccess = BuiltInRoles.corporateAccess();
        Set<Policy> more = new HashSet<>(corporateAccess.policies());
        more.add(Policy.of(Permission.ORDER_VIEW, Limitation.OWN_COMPANY));

        assertThat(corporateAccess.withPolicies("Corporate access", more, false).policies()).hasSize(3);
    }

    @Test
    void other_roles_may_lose_any_policy_without_confirmation() {
        Role buyer = BuiltInRoles.companyBuyer().withPolicies("Buyer", Set.of(), false);

        assertThat(buyer.policies()).isEmpty();
        assertThat(buyer.name()).isEqualTo("Buyer");
        assertThat(buyer.isBuiltIn()).isTrue();
    }

    @Test
    void a_role_cannot_be_defined_with_a_built_in_identifier() {
        assertThatThrownBy(() -> Role.define(RoleIdentifier.COMPANY_ADMIN, "Admin", RoleAudience.CUSTOMER, Set.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("role.exists");
                });
    }

    @Test
    void a_defined_role_is_not_built_in_and_starts_at_version_one() {
        Role role = Role.define(new RoleIdentifier("purchaser"), " Purchaser ", RoleAudience.CUSTOMER,
                Set.of(Policy.of(Permission.ORDER_VIEW, Limitation.OWN_COMPANY)));

        assertThat(role.isBuiltIn()).isFalse();
        assertThat(role.version()).isEqualTo(1);
        assertThat(role.name()).isEqualTo("Purchaser");
        assertThat(role.isAssignableToMembers()).isTrue();
        assertThat(role.isAssignableToStaff()).isFalse();
    }

    @Test
    void a_role_needs_a_name() {
        assertThatThrownBy(() -> Role.define(new RoleIdentifier("purchaser"), " ", RoleAudience.CUSTOMER, Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("name"));
    }

    @Test
    void corporate_access_is_a_customer_role_even_when_restored() {
        assertThatThrownBy(() -> Role.restore(RoleIdentifier.CORPORATE_ACCESS, "Corporate access", RoleAudience.STAFF,
                Set.of(), true, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corporate_access_is_held_by_every_member_and_never_assigned() {
        assertThat(BuiltInRoles.corporateAccess().isAssignableToMembers()).isFalse();
        assertThat(BuiltInRoles.corporateAccess().isAssignableToStaff()).isFalse();
        assertThat(BuiltInRoles.companyBuyer().isAssignableToMembers()).isTrue();
        assertThat(BuiltInRoles.administrator().isAssignableToStaff()).isTrue();
    }

    @Test
    void staff_users_are_given_staff_roles_only() {
        assertThat(Role.staffRoles(Set.of(BuiltInRoles.administrator(), BuiltInRoles.salesRepresentative())))
                .containsExactlyInAnyOrder(RoleIdentifier.ADMINISTRATOR, RoleIdentifier.SALES_REPRESENTATIVE);
        assertThatThrownBy(() -> Role.staffRoles(Set.of(BuiltInRoles.administrator(), BuiltInRoles.companyAdmin())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("roles");
                    assertThat(e.errors().get(0).code()).isEqualTo("not_a_staff_role");
                    assertThat(e.errors().get(0).message()).contains("company_admin");
                });
    }

    @Test
    void policies_come_in_catalogue_order() {
        Role role = Role.define(new RoleIdentifier("auditor"), "Auditor", RoleAudience.STAFF, Set.of(
                Policy.of(Permission.HISTORY_VIEW), Policy.of(Permission.COMPANY_VIEW), Policy.of(Permission.ORDER_VIEW)));

        assertThat(role.policies()).extracting(Policy::permission)
                .containsExactly(Permission.COMPANY_VIEW, Permission.ORDER_VIEW, Permission.HISTORY_VIEW);
    }
}
