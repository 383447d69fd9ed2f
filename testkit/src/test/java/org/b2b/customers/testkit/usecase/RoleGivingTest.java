package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.b2b.customers.application.role.PolicyInput;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * A member gives (by changing a member's role or inviting) only roles that their own role covers, so that a member
 * who manages members cannot make anyone, themselves included through a second account, more powerful than they
 * are. Staff give any company role.
 */
class RoleGivingTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme", data.salesRepresentative());

    RoleGivingTest() {
        // Manages members and invitations of their company, but may not see or place orders.
        useCases.roles().create().create(admin, new CreateRoleCommand("member_manager", "Member manager", "CUSTOMER",
                List.of(PolicyInput.of("company", "view", "own_company"),
                        PolicyInput.of("member", "view", "own_company"),
                        PolicyInput.of("member", "edit", "own_company"),
                        PolicyInput.of("invitation", "view", "own_company"),
                        PolicyInput.of("invitation", "create", "own_company"))));
    }

    @Test
    void a_member_may_not_give_a_member_a_role_granting_more_than_their_own() {
        Actor manager = data.actor(data.member(company, "member_manager"));
        MemberView buyer = data.member(company, "company_buyer");

        assertThatThrownBy(() -> useCases.members().update().update(manager,
                UpdateMemberCommand.of(company.id(), buyer.id()).withRole("company_admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("role", "role_not_givable")));
        assertThat(useCases.members().get().get(admin, company.id(), buyer.id()).role()).isEqualTo("company_buyer");
        assertThat(useCases.members().update().update(manager, UpdateMemberCommand.of(company.id(), buyer.id())
                .withRole("member_manager")).role()).isEqualTo("member_manager");
    }

    @Test
    void a_member_may_not_invite_with_a_role_granting_more_than_their_own() {
        Actor manager = data.actor(data.member(company, "member_manager"));

        List<InvitationResult> results = useCases.invitations().invite().invite(manager, InviteMembersCommand.of(company.id(),
                new Invitee("ann@buyer.example", "company_admin"), new Invitee("ben@buyer.example", "company_buyer"),
                new Invitee("cid@buyer.example", "member_manager"))).results();

        assertThat(results).extracting(InvitationResult::email, InvitationResult::outcome).containsExactly(
                tuple("ann@buyer.example", InvitationOutcome.ROLE_NOT_GIVABLE),
                tuple("ben@buyer.example", InvitationOutcome.ROLE_NOT_GIVABLE),
                tuple("cid@buyer.example", InvitationOutcome.INVITED));
        assertThatThrownBy(() -> useCases.invitations().importFile().importFile(manager, ImportInvitationsCommand.of(
                company.id(), "dan@buyer.example\n".getBytes(UTF_8), "company_admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("role", "role_not_givable")));
    }

    @Test
    void a_company_admin_gives_the_built_in_company_roles_and_staff_give_any() {
        Actor companyAdmin = data.actor(data.member(company, "company_admin"));
        MemberView buyer = data.member(company, "company_buyer");

        assertThat(useCases.members().update().update(companyAdmin, UpdateMemberCommand.of(company.id(), buyer.id())
                .withRole("company_admin")).role()).isEqualTo("company_admin");
        assertThat(useCases.invitations().invite().invite(companyAdmin, InviteMembersCommand.of(company.id(),
                new Invitee("eve@buyer.example", "company_buyer"))).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
        assertThat(useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("fay@buyer.example", "member_manager"))).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
    }
}
