package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.invitation.FileContent;
import org.b2b.customers.application.invitation.InvitableRole;
import org.b2b.customers.application.invitation.InvitationLine;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationPreview;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.PreviewLine;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

/** Previewing a bulk invitation: every line's outcome as inviting would have it, with nothing stored or sent. */
class InvitationPreviewTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView rep = data.salesRepresentative();
    private final CompanyView company = data.company("Acme Industrial", rep);

    @Test
    void a_preview_tells_each_line_what_inviting_would_answer_and_stores_and_sends_nothing() {
        useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("pending@buyer.example", "company_buyer")));
        int messages = system.messages().size();
        int history = historySize();
        Invitee[] invitees = {
            new Invitee(" New@Buyer.example ", "company_buyer"),
            new Invitee("not an email", "company_buyer"),
            new Invitee("pending@buyer.example", "company_admin"),
            new Invitee("new@buyer.example", "company_admin"),
            new Invitee("third@buyer.example", "no_such_role"),
            new Invitee("fourth@buyer.example", null)};

        InvitationPreview preview = preview(invitees);

        assertThat(preview.lines()).extracting(PreviewLine::line, PreviewLine::email, PreviewLine::role,
                PreviewLine::outcome).containsExactly(
                        tuple(1, "new@buyer.example", Optional.of("company_buyer"), InvitationOutcome.INVITED),
                        tuple(2, "not an email", Optional.of("company_buyer"), InvitationOutcome.INVALID_EMAIL),
                        tuple(3, "pending@buyer.example", Optional.of("company_admin"),
                                InvitationOutcome.ALREADY_INVITED),
                        tuple(4, "new@buyer.example", Optional.of("company_admin"), InvitationOutcome.DUPLICATE),
                        tuple(5, "third@buyer.example", Optional.empty(), InvitationOutcome.UNKNOWN_ROLE),
                        tuple(6, "fourth@buyer.example", Optional.empty(), InvitationOutcome.UNKNOWN_ROLE));
        assertThat(pendingEmails()).containsExactly("pending@buyer.example");
        assertThat(system.messages()).hasSize(messages);
        assertThat(historySize()).isEqualTo(history);
        assertThat(useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(), invitees))
                .results()).extracting(InvitationResult::outcome)
                .containsExactlyElementsOf(preview.lines().stream().map(PreviewLine::outcome).toList());
    }

    @Test
    void a_role_is_found_by_its_identifier_or_by_its_name_in_any_case_and_nothing_else_is_a_role() {
        InvitationPreview preview = preview(new Invitee("a@buyer.example", "company_admin"),
                new Invitee("b@buyer.example", "Company buyer"), new Invitee("c@buyer.example", " company ADMIN "),
                new Invitee("d@buyer.example", "Administrator"), new Invitee("e@buyer.example", "Buyer"));

        assertThat(preview.lines()).extracting(PreviewLine::role, PreviewLine::outcome).containsExactly(
                tuple(Optional.of("company_admin"), InvitationOutcome.INVITED),
                tuple(Optional.of("company_buyer"), InvitationOutcome.INVITED),
                tuple(Optional.of("company_admin"), InvitationOutcome.INVITED),
                tuple(Optional.empty(), InvitationOutcome.UNKNOWN_ROLE),
                tuple(Optional.empty(), InvitationOutcome.UNKNOWN_ROLE));
    }

    @Test
    void a_role_given_by_its_name_is_the_role_the_invitation_holds() {
        useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("named@buyer.example", "Company admin")));

        assertThat(useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items())
                .extracting(view -> view.role()).containsExactly("company_admin");
    }

    @Test
    void the_roles_offered_are_those_members_can_hold_that_the_inviter_may_give() {
        List<InvitableRole> roles = useCases.invitations().preview().roles(admin, company.id());

        assertThat(roles).extracting(InvitableRole::identifier).contains("company_admin", "company_buyer")
                .doesNotContain("administrator", "sales_representative", "corporate_access");
        assertThat(roles).contains(new InvitableRole("company_buyer", "Company buyer"));
    }

    @Test
    void pasted_text_is_read_into_numbered_lines_as_a_file_is() {
        List<InvitationLine> lines = useCases.invitations().preview().lines(FileContent.of(
                "a@buyer.example, Company admin\n\nb@buyer.example\n".getBytes(UTF_8)));

        assertThat(lines).containsExactly(new InvitationLine(1, "a@buyer.example", Optional.of("Company admin")),
                new InvitationLine(3, "b@buyer.example", Optional.empty()));
        assertThatThrownBy(() -> useCases.invitations().preview().lines(FileContent.of("a\u0000b".getBytes(UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code).containsExactly(tuple("file", "binary")));
    }

    @Test
    void only_those_who_may_invite_to_the_company_may_preview_and_a_deactivated_company_invites_nobody() {
        CompanyView other = data.company("Other Works", data.salesRepresentative());
        Actor otherRep = data.actor(rep);

        assertRefused(() -> useCases.invitations().preview().preview(otherRep, InviteMembersCommand.of(other.id(),
                new Invitee("a@buyer.example", "company_buyer"))), ErrorKind.NOT_FOUND, "company.not_found");
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id())
                .withStatus(CompanyStatus.DEACTIVATED.name()));
        assertRefused(() -> preview(new Invitee("a@buyer.example", "company_buyer")), ErrorKind.RULE_VIOLATED,
                "company.deactivated");
    }

    private InvitationPreview preview(Invitee... invitees) {
        return useCases.invitations().preview().preview(admin, InviteMembersCommand.of(company.id(), invitees));
    }

    private int historySize() {
        return system.ports().transactions().inTransaction(() ->
                system.ports().history().listWithActors(company.id(), Optional.empty(), Optional.empty(), 100)
                        .items().size());
    }

    private List<String> pendingEmails() {
        return useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id()).withStatus("PENDING"))
                .items().stream().map(view -> view.email()).toList();
    }
}
