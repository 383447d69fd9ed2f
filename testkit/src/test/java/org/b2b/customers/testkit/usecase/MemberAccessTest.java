package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class MemberAccessTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView alice = data.salesRepresentative();
    private final CompanyView company = data.company("Acme Industrial", alice);

    @Test
    void a_sales_representative_manages_the_members_of_the_companies_they_represent() {
        Actor rep = data.actor(alice);
        UserView user = data.poolUser();

        MemberView member = useCases.members().add().add(rep,
                new AddMemberCommand(company.id(), user.id().toString(), "company_admin"));
        useCases.members().assignContactPerson().assign(rep, AssignContactPersonCommand.of(company.id(), member.id().toString()));
        MemberView renamed = useCases.members().update().update(rep, edit(member).withFirstName("Grace"));

        assertThat(useCases.members().list().list(rep, ListMembersQuery.of(company.id())).items())
                .containsExactly(renamed);
    }

    @Test
    void a_sales_representative_cannot_touch_members_of_companies_they_do_not_represent() {
        Actor bob = data.actor(data.salesRepresentative());
        MemberView member = data.member(company, "company_buyer");
        UserView user = data.poolUser();

        assertNotFound(() -> useCases.members().list().list(bob, ListMembersQuery.of(company.id())));
        assertNotFound(() -> useCases.members().add().add(bob,
                new AddMemberCommand(company.id(), user.id().toString(), "company_buyer")));
        assertNotFound(() -> useCases.members().update().update(bob, edit(member).withStatus("DISABLED")));
        assertNotFound(() -> useCases.members().remove().remove(bob, removal(member)));
        assertNotFound(() -> useCases.members().assignContactPerson().assign(bob,
                AssignContactPersonCommand.of(company.id(), member.id().toString())));
        assertThat(members()).containsExactly(member);
    }

    @Test
    void a_company_buyer_cannot_see_or_edit_members() {
        MemberView buyer = data.member(company, "company_buyer");
        MemberView colleague = data.member(company, "company_buyer");
        Actor actor = data.actor(buyer);

        assertForbidden(() -> useCases.members().list().list(actor, ListMembersQuery.of(company.id())));
        assertForbidden(() -> useCases.members().update().update(actor, edit(colleague).withRole("company_admin")));
        assertForbidden(() -> useCases.members().update().update(actor, edit(buyer).withRole("company_admin")));
        assertForbidden(() -> useCases.members().remove().remove(actor, removal(colleague)));
        assertThat(members()).containsExactlyInAnyOrder(buyer, colleague);
    }

    @Test
    void a_company_admin_manages_the_members_of_their_own_company_but_adds_none_from_the_pool() {
        MemberView companyAdmin = data.member(company, "company_admin");
        MemberView buyer = data.member(company, "company_buyer");
        CompanyView other = data.company("Other", alice);
        MemberView stranger = data.member(other, "company_buyer");
        Actor actor = data.actor(companyAdmin);

        MemberView disabled = useCases.members().update().update(actor, edit(buyer).withStatus("DISABLED"));
        assertThat(disabled.status()).isEqualTo(MemberStatus.DISABLED);
        useCases.members().remove().remove(actor, removal(buyer));
        assertThat(members()).containsExactly(companyAdmin);

        String poolUserId = data.poolUser().id().toString();
        assertForbidden(() -> useCases.members().add().add(actor,
                new AddMemberCommand(company.id(), poolUserId, "company_buyer")));
        assertNotFound(() -> useCases.members().list().list(actor, ListMembersQuery.of(other.id())));
        assertNotFound(() -> useCases.members().remove().remove(actor, removal(stranger)));
    }

    @Test
    void the_last_active_company_admin_cannot_disable_demote_or_remove_themselves() {
        MemberView only = data.member(company, "company_admin");
        data.member(company, "company_buyer");
        MemberView disabledAdmin = data.member(company, "company_admin");
        useCases.members().update().update(admin, edit(disabledAdmin).withStatus("DISABLED"));
        Actor self = data.actor(only);

        assertLastAdmin(() -> useCases.members().update().update(self, edit(only).withStatus("DISABLED")));
        assertLastAdmin(() -> useCases.members().update().update(self, edit(only).withRole("company_buyer")));
        assertLastAdmin(() -> useCases.members().remove().remove(self, removal(only)));
        assertThat(members()).filteredOn(m -> m.id().equals(only.id())).singleElement()
                .satisfies(m -> assertThat(m).extracting(MemberView::role, MemberView::status)
                        .containsExactly("company_admin", MemberStatus.ACTIVE));
        MemberView renamed = useCases.members().update().update(self, edit(only).withFirstName("Still"));
        assertThat(renamed.firstName()).isEqualTo("Still");
    }

    @Test
    void a_company_admin_may_step_down_while_another_active_company_admin_remains() {
        MemberView leaving = data.member(company, "company_admin");
        data.member(company, "company_admin");

        MemberView demoted = useCases.members().update().update(data.actor(leaving),
                edit(leaving).withRole("company_buyer"));

        assertThat(demoted.role()).isEqualTo("company_buyer");
    }

    @Test
    void staff_may_disable_the_last_active_company_admin() {
        MemberView only = data.member(company, "company_admin");

        MemberView disabled = useCases.members().update().update(data.actor(alice),
                edit(only).withStatus("DISABLED"));

        assertThat(disabled.status()).isEqualTo(MemberStatus.DISABLED);
    }

    private static UpdateMemberCommand edit(MemberView member) {
        return UpdateMemberCommand.of(member.companyId(), member.id());
    }

    private static RemoveMemberCommand removal(MemberView member) {
        return RemoveMemberCommand.of(member.companyId(), member.id());
    }

    private List<MemberView> members() {
        return useCases.members().list().list(admin, ListMembersQuery.of(company.id())).items();
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    private static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    private static void assertLastAdmin(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
            assertThat(e.code()).isEqualTo("member.last_company_admin");
        });
    }
}
