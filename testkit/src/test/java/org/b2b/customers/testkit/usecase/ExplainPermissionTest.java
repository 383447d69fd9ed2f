package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.access.ExplainPermissionQuery;
import org.b2b.customers.application.access.PermissionExplanation;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class ExplainPermissionTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView alice = data.salesRepresentative();
    private final UserView bob = data.salesRepresentative();
    private final CompanyView ofAlice = data.company("Alpha", alice);
    private final CompanyView ofBob = data.company("Beta", bob);

    @Test
    void an_administrator_may_edit_every_company() {
        assertThat(explain(admin.userId(), "company/edit", ofBob.id())).isEqualTo(new PermissionExplanation(true,
                Optional.of("administrator"), Optional.of("company/edit"), Optional.empty(),
                "role administrator grants company/edit on every company"));
    }

    @Test
    void a_sales_representative_may_edit_a_company_they_represent() {
        assertThat(explain(alice.id(), "company/edit", ofAlice.id())).isEqualTo(new PermissionExplanation(true,
                Optional.of("sales_representative"), Optional.of("company/edit"), Optional.of("represented_companies"),
                "role sales_representative grants company/edit limited to represented companies, "
                        + "and the company is represented by the user"));
    }

    @Test
    void a_sales_representative_may_not_edit_a_company_someone_else_represents() {
        assertThat(explain(alice.id(), "company/edit", ofBob.id())).isEqualTo(new PermissionExplanation(false,
                Optional.of("sales_representative"), Optional.of("company/edit"), Optional.of("represented_companies"),
                "role sales_representative grants company/edit limited to represented companies, "
                        + "but the company is represented by someone else"));
    }

    @Test
    void a_limited_policy_is_not_granted_when_no_company_is_named() {
        PermissionExplanation answer = explain(alice.id(), "company/edit", null);

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.reason()).isEqualTo("role sales_representative grants company/edit limited to represented "
                + "companies, which holds only for a given company");
    }

    @Test
    void a_buyer_sees_their_own_company_but_may_not_invite_members() {
        UserView buyer = data.poolUser();
        DirectMembership.join(system, ofAlice, buyer, "company_buyer");

        PermissionExplanation view = explain(buyer.id(), "company/view", ofAlice.id());
        PermissionExplanation invite = explain(buyer.id(), "invitation/create", ofAlice.id());

        assertThat(view.allowed()).isTrue();
        assertThat(view.role()).contains("company_buyer");
        assertThat(view.reason()).isEqualTo("role company_buyer grants company/view limited to the user's own company, "
                + "and the company is the user's own");
        assertThat(invite).isEqualTo(new PermissionExplanation(false, Optional.empty(), Optional.empty(),
                Optional.empty(), "none of the user's roles (company_buyer, corporate_access) grants invitation/create"));
    }

    @Test
    void a_buyer_may_not_see_another_company() {
        UserView buyer = data.poolUser();
        DirectMembership.join(system, ofAlice, buyer, "company_buyer");

        PermissionExplanation answer = explain(buyer.id(), "company/view", ofBob.id());

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.limitation()).contains("own_company");
        assertThat(answer.reason()).endsWith("but the company is not the user's own");
    }

    @Test
    void a_disabled_member_may_do_nothing() {
        UserView buyer = data.poolUser();
        Member member = DirectMembership.join(system, ofAlice, buyer, "company_buyer");
        var ports = system.ports();
        ports.transactions().inTransaction(() -> ports.members().update(
                member.disable(ports.companies().find(ofAlice.id()).orElseThrow())));

        PermissionExplanation answer = explain(buyer.id(), "company/view", ofAlice.id());

        assertThat(answer.allowed()).isFalse();
        assertThat(answer.reason()).isEqualTo("the member is disabled, so they may do nothing");
    }

    @Test
    void a_user_in_no_company_holds_no_role() {
        assertThat(explain(data.poolUser().id(), "order/view", ofAlice.id()).reason())
                .isEqualTo("the user holds no role, so nothing is granted");
    }

    @Test
    void an_unknown_user_or_company_is_not_found() {
        assertThatThrownBy(() -> explain(UserId.random(), "company/view", ofAlice.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("user.not_found"));
        assertThatThrownBy(() -> explain(alice.id(), "company/view", CompanyId.random()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("company.not_found"));
    }

    @Test
    void a_malformed_policy_is_invalid_input_on_policy() {
        var query = new ExplainPermissionQuery(alice.id().toString(), "company:edit", Optional.empty());

        assertThatThrownBy(() -> useCases.access().explainPermission().explain(admin, query))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("policy"));
    }

    @Test
    void staff_without_role_view_may_not_ask() {
        var query = new ExplainPermissionQuery(bob.id().toString(), "company/view", Optional.of(ofAlice.id().toString()));

        assertThatThrownBy(() -> useCases.access().explainPermission().explain(data.actor(alice), query))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    private PermissionExplanation explain(UserId user, String policy, CompanyId company) {
        return useCases.access().explainPermission().explain(admin, new ExplainPermissionQuery(user.toString(), policy,
                Optional.ofNullable(company).map(CompanyId::toString)));
    }
}
