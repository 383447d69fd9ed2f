package org.b2b.customers.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;

class AccessSubjectTest {

    private final UserId rep = UserId.random();
    private final UserId otherRep = UserId.random();
    private final CompanyScope represented = new CompanyScope(CompanyId.random(), rep);
    private final CompanyScope notRepresented = new CompanyScope(CompanyId.random(), otherRep);

    @Test
    void an_administrator_may_act_on_every_company() {
        AccessDecision decision = staff(BuiltInRoles.administrator()).decide(Permission.COMPANY_EDIT, notRepresented);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.role()).contains(RoleIdentifier.ADMINISTRATOR);
        assertThat(decision.policy()).contains(Policy.of(Permission.COMPANY_EDIT));
        assertThat(decision.limitation()).isEmpty();
        assertThat(decision.reason()).contains("on every company");
    }

    @Test
    void a_sales_representative_may_act_on_a_represented_company() {
        AccessDecision decision = salesRep().decide(Permission.MEMBER_EDIT, represented);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.role()).contains(RoleIdentifier.SALES_REPRESENTATIVE);
        assertThat(decision.limitation()).contains(Limitation.REPRESENTED_COMPANIES);
        assertThat(decision.reason()).contains("represented by the user");
    }

    @Test
    void a_sales_representative_may_not_act_on_a_company_they_do_not_represent() {
        AccessDecision decision = salesRep().decide(Permission.MEMBER_EDIT, notRepresented);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.role()).contains(RoleIdentifier.SALES_REPRESENTATIVE);
        assertThat(decision.limitation()).contains(Limitation.REPRESENTED_COMPANIES);
        assertThat(decision.reason()).contains("but the company is represented by someone else");
    }

    @Test
    void a_member_may_act_on_their_own_company() {
        CompanyScope own = new CompanyScope(CompanyId.random(), otherRep);

        AccessDecision decision = member(own.companyId(), BuiltInRoles.companyAdmin()).decide(Permission.INVITATION_CREATE, own);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.role()).contains(RoleIdentifier.COMPANY_ADMIN);
        assertThat(decision.limitation()).contains(Limitation.OWN_COMPANY);
    }

    @Test
    void a_member_may_not_act_on_another_company() {
        AccessSubject admin = member(CompanyId.random(), BuiltInRoles.companyAdmin());

        AccessDecision decision = admin.decide(Permission.COMPANY_VIEW, notRepresented);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.limitation()).contains(Limitation.OWN_COMPANY);
        assertThat(decision.reason()).contains("but the company is not the user's own");
    }

    @Test
    void a_buyer_may_not_invite_even_in_their_own_company() {
        CompanyScope own = new CompanyScope(CompanyId.random(), otherRep);

        AccessDecision decision = member(own.companyId(), BuiltInRoles.companyBuyer()).decide(Permission.INVITATION_CREATE, own);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.role()).isEmpty();
        assertThat(decision.reason()).isEqualTo("none of the user's roles (company_buyer, corporate_access) grants invitation/create");
    }

    @Test
    void access_is_denied_by_default() {
        AccessSubject nobody = AccessSubject.active(UserId.random(), List.of(), Optional.empty());

        assertThat(nobody.decide(Permission.COMPANY_VIEW, represented).allowed()).isFalse();
        assertThat(nobody.decide(Permission.CUSTOMER_GROUP_VIEW).allowed()).isFalse();
        assertThat(nobody.filter(Permission.COMPANY_VIEW)).isEqualTo(CompanyFilter.NONE);
    }

    @Test
    void an_inactive_subject_is_denied_everything_with_the_reason() {
        CompanyId own = CompanyId.random();
        AccessSubject disabled = AccessSubject.inactive(UserId.random(), Optional.of(own), "the member is disabled");

        AccessDecision decision = disabled.decide(Permission.COMPANY_VIEW, new CompanyScope(own, rep));

        assertThat(disabled.isActive()).isFalse();
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).isEqualTo("the member is disabled");
        assertThat(disabled.decide(Permission.PORTAL_LOGIN).reason()).isEqualTo("the member is disabled");
        assertThat(disabled.filter(Permission.COMPANY_VIEW)).isEqualTo(CompanyFilter.NONE);
    }

    @Test
    void a_permission_without_a_company_needs_an_unlimited_policy() {
        assertThat(salesRep().decide(Permission.CUSTOMER_GROUP_VIEW).allowed()).isTrue();
        assertThat(salesRep().decide(Permission.COMPANY_CREATE).allowed()).isFalse();
        assertThat(salesRep().decide(Permission.COMPANY_CREATE).reason()).contains("holds only for a given company");
        assertThat(staff(BuiltInRoles.administrator()).decide(Permission.ROLE_EDIT).allowed()).isTrue();
    }

    @Test
    void a_member_may_log_in_to_the_portal_through_corporate_access() {
        AccessSubject member = member(CompanyId.random(), BuiltInRoles.companyBuyer());

        assertThat(member.decide(Permission.PORTAL_LOGIN).allowed()).isTrue();
        assertThat(member.decide(Permission.PORTAL_LOGIN).role()).contains(RoleIdentifier.CORPORATE_ACCESS);
        assertThat(staff(BuiltInRoles.administrator()).decide(Permission.PORTAL_LOGIN).allowed()).isFalse();
    }

    @Test
    void a_policy_with_two_limitations_holds_only_where_both_hold() {
        CompanyId own = CompanyId.random();
        Role both = Role.define(new RoleIdentifier("represented_member"), "Both", RoleAudience.CUSTOMER,
                Set.of(Policy.of(Permission.ORDER_VIEW, Limitation.OWN_COMPANY, Limitation.REPRESENTED_COMPANIES)));
        AccessSubject subject = AccessSubject.active(rep, List.of(both), Optional.of(own));

        assertThat(subject.decide(Permission.ORDER_VIEW, new CompanyScope(own, rep)).allowed()).isTrue();
        assertThat(subject.decide(Permission.ORDER_VIEW, new CompanyScope(own, otherRep)).allowed()).isFalse();
        assertThat(subject.decide(Permission.ORDER_VIEW, represented).allowed()).isFalse();
    }

    @Test
    void an_administrator_lists_all_companies() {
        assertThat(staff(BuiltInRoles.administrator()).filter(Permission.COMPANY_VIEW)).isEqualTo(CompanyFilter.ALL);
    }

    @Test
    void a_sales_representative_lists_the_companies_they_represent() {
        CompanyFilter filter = salesRep().filter(Permission.COMPANY_VIEW);

        assertThat(filter.all()).isFalse();
        assertThat(filter.representedBy()).contains(rep);
        assertThat(filter.ownCompany()).isEmpty();
        assertThat(filter.admits(represented)).isTrue();
        assertThat(filter.admits(notRepresented)).isFalse();
    }

    @Test
    void a_member_lists_only_their_own_company() {
        CompanyId own = CompanyId.random();

        CompanyFilter filter = member(own, BuiltInRoles.companyBuyer()).filter(Permission.COMPANY_VIEW);

        assertThat(filter.ownCompany()).contains(own);
        assertThat(filter.representedBy()).isEmpty();
        assertThat(filter.admits(new CompanyScope(own, otherRep))).isTrue();
        assertThat(filter.admits(represented)).isFalse();
    }

    @Test
    void own_company_policies_reach_nothing_for_a_user_in_no_company() {
        AccessSubject pooled = AccessSubject.active(UserId.random(), List.of(BuiltInRoles.companyBuyer()), Optional.empty());

        assertThat(pooled.filter(Permission.COMPANY_VIEW).isNone()).isTrue();
        assertThat(pooled.decide(Permission.COMPANY_VIEW, represented).allowed()).isFalse();
    }

    @Test
    void a_permission_no_role_grants_lists_nothing() {
        CompanyFilter filter = salesRep().filter(Permission.COMPANY_DEACTIVATE);

        assertThat(filter.isNone()).isTrue();
        assertThat(filter.admits(represented)).isFalse();
    }

    @Test
    void the_widest_policy_wins_when_roles_overlap() {
        AccessSubject both = AccessSubject.active(rep,
                List.of(BuiltInRoles.salesRepresentative(), BuiltInRoles.administrator()), Optional.empty());

        assertThat(both.filter(Permission.COMPANY_VIEW)).isEqualTo(CompanyFilter.ALL);
        assertThat(both.decide(Permission.COMPANY_VIEW, notRepresented).allowed()).isTrue();
    }

    @Test
    void users_are_scoped_like_companies_staff_in_full_only_for_who_may_create_them() {
        CompanyId own = CompanyId.random();

        assertThat(staff(BuiltInRoles.administrator()).userScope()).isEqualTo(UserScope.EVERYONE);
        assertThat(salesRep().userScope()).isEqualTo(new UserScope(true, false, true,
                new CompanyFilter(false, Optional.of(rep), Optional.empty())));
        assertThat(member(own, BuiltInRoles.companyAdmin()).userScope().members().isNone()).isTrue();
        assertThat(member(own, BuiltInRoles.companyAdmin()).userScope().staff()).isFalse();
        assertThat(member(own, BuiltInRoles.companyAdmin()).userScope().pool()).isFalse();
    }

    @Test
    void both_filters_must_admit_a_company_and_represented_and_own_together_admit_none() {
        CompanyId own = CompanyId.random();
        CompanyFilter representedBy = new CompanyFilter(false, Optional.of(rep), Optional.empty());
        CompanyFilter ownCompany = new CompanyFilter(false, Optional.empty(), Optional.of(own));

        assertThat(CompanyFilter.ALL.and(representedBy)).isEqualTo(representedBy);
        assertThat(ownCompany.and(CompanyFilter.ALL)).isEqualTo(ownCompany);
        assertThat(representedBy.and(ownCompany).isNone()).isTrue();
        assertThat(representedBy.and(CompanyFilter.NONE).isNone()).isTrue();
    }

    @Test
    void a_member_gives_only_roles_their_own_roles_cover_and_staff_give_any() {
        CompanyId own = CompanyId.random();
        Role wider = Role.define(new RoleIdentifier("wider"), "Wider", RoleAudience.CUSTOMER,
                Set.of(Policy.of(Permission.ORDER_VIEW, Limitation.OWN_COMPANY), Policy.of(Permission.HISTORY_VIEW,
                        Limitation.OWN_COMPANY)));
        Role unlimited = Role.define(new RoleIdentifier("unlimited"), "Unlimited", RoleAudience.CUSTOMER,
                Set.of(Policy.of(Permission.ORDER_VIEW)));

        assertThat(member(own, BuiltInRoles.companyAdmin()).mayGive(BuiltInRoles.companyBuyer())).isTrue();
        assertThat(member(own, BuiltInRoles.companyAdmin()).mayGive(wider)).isTrue();
        assertThat(member(own, BuiltInRoles.companyAdmin()).mayGive(unlimited)).isFalse();
        assertThat(member(own, BuiltInRoles.companyBuyer()).mayGive(wider)).isFalse();
        assertThat(member(own, BuiltInRoles.companyBuyer()).mayGive(BuiltInRoles.companyAdmin())).isFalse();
        assertThat(salesRep().mayGive(BuiltInRoles.companyAdmin())).isTrue();
        assertThat(AccessSubject.inactive(UserId.random(), Optional.of(own), "disabled")
                .mayGive(BuiltInRoles.companyBuyer())).isFalse();
    }

    @Test
    void a_customer_role_may_hold_portal_login_and_own_company_policies_of_the_customer_modules_only() {
        assertThat(CustomerPolicies.allows(Policy.of(Permission.PORTAL_LOGIN))).isTrue();
        assertThat(CustomerPolicies.allows(Policy.of(Permission.ORDER_CREATE, Limitation.OWN_COMPANY))).isTrue();
        assertThat(CustomerPolicies.allows(Policy.of(Permission.ORDER_CREATE))).isFalse();
        assertThat(CustomerPolicies.allows(Policy.of(Permission.USER_CREATE, Limitation.OWN_COMPANY))).isFalse();
        assertThat(CustomerPolicies.allows(Policy.of(Permission.COMPANY_EDIT, Limitation.OWN_COMPANY))).isFalse();
        assertThat(CustomerPolicies.allows(Policy.of(Permission.MEMBER_ADD, Limitation.OWN_COMPANY))).isFalse();
        assertThat(BuiltInRoles.all().stream().filter(r -> r.audience() == RoleAudience.CUSTOMER)
                .flatMap(r -> r.policies().stream())).allMatch(CustomerPolicies::allows);
    }

    private AccessSubject salesRep() {
        return AccessSubject.active(rep, List.of(BuiltInRoles.salesRepresentative()), Optional.empty());
    }

    private static AccessSubject staff(Role role) {
        return AccessSubject.active(UserId.random(), List.of(role), Optional.empty());
    }

    private static AccessSubject member(CompanyId company, Role role) {
        return AccessSubject.active(UserId.random(), List.of(role, BuiltInRoles.corporateAccess()), Optional.of(company));
    }
}
