package org.b2b.customers.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.junit.jupiter.api.Test;

class BuiltInRolesTest {

    @Test
    void the_five_built_in_roles_exist_with_their_audiences() {
        Map<String, RoleAudience> audiences = BuiltInRoles.all().stream()
                .collect(Collectors.toMap(r -> r.identifier().value(), Role::audience));

        assertThat(audiences).containsExactlyInAnyOrderEntriesOf(Map.of(
                "administrator", RoleAudience.STAFF,
                "sales_representative", RoleAudience.STAFF,
                "company_admin", RoleAudience.CUSTOMER,
                "company_buyer", RoleAudience.CUSTOMER,
                "corporate_access", RoleAudience.CUSTOMER));
        assertThat(BuiltInRoles.all()).allMatch(Role::isBuiltIn);
    }

    @Test
    void the_administrator_holds_every_permission_except_portal_login_without_limitation() {
        Role administrator = BuiltInRoles.administrator();

        assertThat(administrator.policies()).extracting(Policy::permission)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Permission.values())
                        .filter(p -> p != Permission.PORTAL_LOGIN).toList());
        assertThat(administrator.policies()).noneMatch(Policy::isLimited);
    }

    @Test
    void the_sales_representative_works_only_on_represented_companies() {
        Role rep = BuiltInRoles.salesRepresentative();

        assertThat(rep.policies()).filteredOn(Policy::isLimited)
                .allMatch(p -> p.limitations().equals(Set.of(Limitation.REPRESENTED_COMPANIES)))
                .extracting(Policy::permission)
                .contains(Permission.COMPANY_VIEW, Permission.COMPANY_EDIT, Permission.MEMBER_EDIT,
                        Permission.INVITATION_CREATE, Permission.ORDER_VIEW);
        assertThat(rep.policies()).filteredOn(p -> !p.isLimited()).extracting(Policy::permission)
                .as("only lookups that involve no company are unlimited")
                .containsExactlyInAnyOrder(Permission.CUSTOMER_GROUP_VIEW, Permission.USER_VIEW);
        assertThat(rep.policies()).extracting(Policy::permission)
                .doesNotContain(Permission.COMPANY_DEACTIVATE, Permission.ROLE_EDIT, Permission.CUSTOMER_GROUP_EDIT,
                        Permission.USER_CREATE, Permission.PORTAL_LOGIN);
    }

    @Test
    void company_roles_are_limited_to_the_own_company() {
        for (Role role : List.of(BuiltInRoles.companyAdmin(), BuiltInRoles.companyBuyer())) {
            assertThat(role.policies()).as(role.identifier().value())
                    .isNotEmpty()
                    .allMatch(p -> p.limitations().equals(Set.of(Limitation.OWN_COMPANY)));
        }
    }

    @Test
    void a_buyer_sees_orders_but_does_not_manage_members() {
        assertThat(BuiltInRoles.companyBuyer().policies()).extracting(Policy::permission)
                .contains(Permission.ORDER_VIEW, Permission.ORDER_CREATE)
                .doesNotContain(Permission.MEMBER_EDIT, Permission.INVITATION_CREATE);
        assertThat(BuiltInRoles.companyAdmin().policies()).extracting(Policy::permission)
                .contains(Permission.MEMBER_EDIT, Permission.INVITATION_CREATE, Permission.ADDRESS_EDIT);
    }

    @Test
    void corporate_access_lets_a_member_log_in_and_see_the_own_company() {
        assertThat(BuiltInRoles.corporateAccess().policies()).containsExactlyInAnyOrder(
                Policy.of(Permission.PORTAL_LOGIN), Policy.of(Permission.COMPANY_VIEW, Limitation.OWN_COMPANY));
        assertThat(BuiltInRoles.portalNeeds()).containsExactlyInAnyOrder(
                Policy.of(Permission.PORTAL_LOGIN), Policy.of(Permission.COMPANY_VIEW, Limitation.OWN_COMPANY));
    }

    @Test
    void built_in_identifiers_are_recognised() {
        assertThat(BuiltInRoles.isBuiltIn(RoleIdentifier.COMPANY_BUYER)).isTrue();
        assertThat(BuiltInRoles.isBuiltIn(new RoleIdentifier("purchaser"))).isFalse();
    }
}
