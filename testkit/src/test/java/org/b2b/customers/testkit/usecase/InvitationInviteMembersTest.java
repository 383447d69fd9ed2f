package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class InvitationInviteMembersTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final UserView rep = data.salesRepresentative();
    private final CompanyView company = data.company("Acme Industrial", rep);

    @Test
    void every_line_gets_its_outcome_and_valid_lines_are_invited_even_when_others_are_not() {
        String member = emailOf(data.invitedMember(company, "company_buyer"));
        invite(company, new Invitee("pending@buyer.example", "company_buyer"));

        InvitationReport report = invite(company,
                new Invitee(" New@Buyer.example ", "company_buyer"),
                new Invitee("not an email", "company_buyer"),
                new Invitee(member, "company_buyer"),
                new Invitee("pending@buyer.example", "company_admin"),
                new Invitee("new@buyer.example", "company_admin"),
                new Invitee("staffish@buyer.example", "administrator"),
                new Invitee("third@buyer.example", "company_admin"));

        assertThat(report.results()).extracting(InvitationResult::line, InvitationResult::email, InvitationResult::outcome)
                .containsExactly(
                        tuple(1, "new@buyer.example", InvitationOutcome.INVITED),
                        tuple(2, "not an email", InvitationOutcome.INVALID_EMAIL),
                        tuple(3, member, InvitationOutcome.ALREADY_MEMBER),
                        tuple(4, "pending@buyer.example", InvitationOutcome.ALREADY_INVITED),
                        tuple(5, "new@buyer.example", InvitationOutcome.DUPLICATE),
                        tuple(6, "staffish@buyer.example", InvitationOutcome.UNKNOWN_ROLE),
                        tuple(7, "third@buyer.example", InvitationOutcome.INVITED));
        assertThat(pending(company)).extracting(InvitationView::email, InvitationView::role).containsExactlyInAnyOrder(
                tuple("new@buyer.example", "company_buyer"),
                tuple("pending@buyer.example", "company_buyer"),
                tuple("third@buyer.example", "company_admin"));
        assertThat(report.results().get(0).invitationId()).isPresent();
        assertThat(report.results().get(1).invitationId()).isEmpty();
    }

    @Test
    void only_roles_that_members_can_hold_are_known() {
        InvitationReport report = invite(company,
                new Invitee("a@buyer.example", "administrator"),
                new Invitee("b@buyer.example", "corporate_access"),
                new Invitee("c@buyer.example", "no_such_role"),
                new Invitee("d@buyer.example", "Not A Role!"),
                new Invitee("e@buyer.example", " "),
                new Invitee("f@buyer.example", null));

        assertThat(report.results()).extracting(InvitationResult::outcome).containsOnly(InvitationOutcome.UNKNOWN_ROLE);
        assertThat(pending(company)).isEmpty();
    }

    @Test
    void a_member_of_another_company_can_never_accept_and_is_reported_to_staff_as_already_member() {
        CompanyView other = data.company("Other Works", rep);
        String elsewhere = emailOf(data.invitedMember(other, "company_admin"));

        assertThat(invite(company, new Invitee(elsewhere, "company_buyer")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.ALREADY_MEMBER);
        assertThat(pending(company)).isEmpty();
    }

    @Test
    void a_staff_email_can_never_accept_and_is_reported_to_staff_as_already_member() {
        assertThat(invite(company, new Invitee(rep.email(), "company_buyer")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.ALREADY_MEMBER);
    }

    @Test
    void a_company_admin_learns_nothing_of_staff_or_members_of_other_companies_and_such_addresses_are_invited() {
        CompanyView other = data.company("Other Works", rep);
        String elsewhere = emailOf(data.invitedMember(other, "company_admin"));
        String ownMember = emailOf(data.invitedMember(company, "company_buyer"));
        Actor companyAdmin = data.actor(data.member(company, "company_admin"));

        InvitationReport report = invite(companyAdmin, company, new Invitee(elsewhere, "company_buyer"),
                new Invitee(rep.email(), "company_buyer"), new Invitee(ownMember, "company_buyer"),
                new Invitee("unknown@buyer.example", "company_buyer"));

        assertThat(report.results()).extracting(InvitationResult::email, InvitationResult::outcome).containsExactly(
                tuple(elsewhere, InvitationOutcome.INVITED), tuple(rep.email(), InvitationOutcome.INVITED),
                tuple(ownMember, InvitationOutcome.ALREADY_MEMBER),
                tuple("unknown@buyer.example", InvitationOutcome.INVITED));
        assertThat(pending(company)).extracting(InvitationView::email)
                .containsExactlyInAnyOrder(elsewhere, rep.email(), "unknown@buyer.example");
        assertThat(system.outbox().messagesTo(EmailAddress.of(rep.email()))).hasSize(1);
    }

    @Test
    void a_user_of_the_pool_can_be_invited() {
        UserView pooled = data.poolUser();

        assertThat(invite(company, new Invitee(pooled.email(), "company_buyer")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
    }

    @Test
    void each_invited_line_leaves_one_mail_in_the_outbox_that_holds_neither_token_nor_link() {
        int before = system.outbox().messages().size();
        InvitationReport report = invite(company,
                new Invitee("ann@buyer.example", "company_admin"),
                new Invitee("broken", "company_admin"),
                new Invitee("bob@buyer.example", "company_buyer"));

        List<OutboundMessage> messages = system.outbox().messages().subList(before, system.outbox().messages().size());
        assertThat(messages).extracting(m -> m.recipient().value(), OutboundMessage::template)
                .containsExactly(tuple("ann@buyer.example", "invitation"), tuple("bob@buyer.example", "invitation"));
        OutboundMessage first = messages.get(0);
        assertThat(first.data()).containsEntry("invitationId", report.results().get(0).invitationId().orElseThrow().toString())
                .containsEntry("companyName", "Acme Industrial")
                .containsEntry("inviterName", "Administrator Account")
                .containsEntry("role", "company_admin")
                .containsEntry("roleName", "Company admin")
                .containsEntry("expiresAt", InMemorySystem.DEFAULT_START.plus(Duration.ofDays(7)).toString());
        String link = useCases.invitations().registrationLink()
                .link(admin, company.id(), report.results().get(0).invitationId().orElseThrow()).url().toString();
        assertThat(first.data().values()).noneMatch(value -> value.contains(TestData.tokenOf(link)) || value.contains("/register/"));
    }

    @Test
    void an_expired_invitation_is_renewed_and_reported_invited() {
        InvitationId first = invitedId(company, "late@buyer.example", "company_buyer");
        system.clock().advance(Duration.ofDays(8));

        InvitationResult again = invite(company, new Invitee("late@buyer.example", "company_buyer")).results().get(0);

        assertThat(again.outcome()).isEqualTo(InvitationOutcome.INVITED);
        assertThat(again.invitationId()).contains(first);
        assertThat(pending(company)).singleElement().satisfies(view -> {
            assertThat(view.sendCount()).isEqualTo(2);
            assertThat(view.expiresAt()).isEqualTo(system.clock().instant().plus(Duration.ofDays(7)));
        });
    }

    @Test
    void an_expired_invitation_for_another_role_gives_way_to_a_new_one_with_the_role_asked_for() {
        InvitationId first = invitedId(company, "late@buyer.example", "company_buyer");
        system.clock().advance(Duration.ofDays(8));

        InvitationResult again = invite(company, new Invitee("late@buyer.example", "company_admin")).results().get(0);

        assertThat(again.outcome()).isEqualTo(InvitationOutcome.INVITED);
        assertThat(again.invitationId().orElseThrow()).isNotEqualTo(first);
        assertThat(useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items())
                .extracting(InvitationView::id, InvitationView::role, InvitationView::status)
                .containsExactlyInAnyOrder(
                        tuple(again.invitationId().orElseThrow(), "company_admin", InvitationStatus.PENDING),
                        tuple(first, "company_buyer", InvitationStatus.REVOKED));
    }

    @Test
    void there_is_at_most_one_pending_invitation_per_company_and_email() {
        CompanyView other = data.company("Other Works", rep);
        invite(company, new Invitee("once@buyer.example", "company_buyer"));

        assertThat(invite(company, new Invitee("ONCE@buyer.example", "company_admin")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.ALREADY_INVITED);
        assertThat(invite(other, new Invitee("once@buyer.example", "company_buyer")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
        assertThat(pending(company)).hasSize(1);
    }

    @Test
    void a_line_that_a_concurrent_request_invited_first_is_reported_already_invited_and_the_rest_go_on() {
        invite(company, new Invitee("raced@buyer.example", "company_buyer"));
        int messagesBefore = system.outbox().messages().size();
        CustomerManagement blindToOpenInvitations = withoutSeeingOpenInvitations(system);

        InvitationReport report = blindToOpenInvitations.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("raced@buyer.example", "company_buyer"), new Invitee("fresh@buyer.example", "company_buyer")));

        assertThat(report.results()).extracting(InvitationResult::outcome)
                .containsExactly(InvitationOutcome.ALREADY_INVITED, InvitationOutcome.INVITED);
        assertThat(pending(company)).extracting(InvitationView::email)
                .containsExactlyInAnyOrder("raced@buyer.example", "fresh@buyer.example");
        assertThat(system.outbox().messages()).hasSize(messagesBefore + 1);
    }

    @Test
    void a_buyer_cannot_invite() {
        Actor buyer = Actor.of(data.invitedMember(company, "company_buyer").userId());

        assertRefused(() -> invite(buyer, company, new Invitee("x@buyer.example", "company_buyer")),
                ErrorKind.FORBIDDEN, "access.denied");
    }

    @Test
    void a_company_admin_invites_to_their_own_company_and_to_no_other() {
        Actor companyAdmin = Actor.of(data.invitedMember(company, "company_admin").userId());
        CompanyView other = data.company("Other Works", rep);

        assertThat(invite(companyAdmin, company, new Invitee("colleague@buyer.example", "company_buyer")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
        assertRefused(() -> invite(companyAdmin, other, new Invitee("x@buyer.example", "company_buyer")),
                ErrorKind.NOT_FOUND, "company.not_found");
    }

    @Test
    void a_sales_representative_invites_to_the_companies_they_represent_and_gets_not_found_for_others() {
        UserView otherRep = data.salesRepresentative();

        assertThat(invite(Actor.of(rep.id()), company, new Invitee("a@buyer.example", "company_buyer")).results())
                .extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
        assertRefused(() -> invite(Actor.of(otherRep.id()), company, new Invitee("b@buyer.example", "company_buyer")),
                ErrorKind.NOT_FOUND, "company.not_found");
    }

    @Test
    void a_deactivated_company_cannot_invite() {
        useCases.companies().update().update(admin, UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));

        assertRefused(() -> invite(company, new Invitee("x@buyer.example", "company_buyer")),
                ErrorKind.RULE_VIOLATED, "company.deactivated");
    }

    @Test
    void a_rolled_back_use_case_leaves_neither_invitation_nor_outbox_message() {
        int messagesBefore = system.outbox().messages().size();

        assertThatThrownBy(() -> system.ports().transactions().inTransaction(() -> {
            invite(company, new Invitee("undone@buyer.example", "company_buyer"));
            throw new IllegalStateException("the surrounding work fails after the invitation");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(system.outbox().messages()).hasSize(messagesBefore);
        assertThat(useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items()).isEmpty();
    }

    @Test
    void one_request_holds_at_most_10_000_invitations() {
        List<Invitee> invitees = new ArrayList<>();
        for (int i = 0; i <= InviteMembersCommand.MAX_INVITATIONS; i++) {
            invitees.add(new Invitee("p" + i + "@buyer.example", "company_buyer"));
        }

        assertThatThrownBy(() -> useCases.invitations().invite().invite(admin, new InviteMembersCommand(company.id(), invitees)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("invitations"));
    }

    @Test
    void an_invitation_is_kept_in_the_company_history() {
        InvitationId id = invitedId(company, "kept@buyer.example", "company_buyer");

        assertThat(history(company.id())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("invitation.created");
            assertThat(entry.actor()).isEqualTo(admin.userId());
            assertThat(entry.details()).containsEntry("invitationId", id.toString())
                    .containsEntry("email", "kept@buyer.example").containsEntry("role", "company_buyer");
        });
    }

    private InvitationReport invite(CompanyView to, Invitee... invitees) {
        return invite(admin, to, invitees);
    }

    private InvitationReport invite(Actor actor, CompanyView to, Invitee... invitees) {
        return useCases.invitations().invite().invite(actor, InviteMembersCommand.of(to.id(), invitees));
    }

    private InvitationId invitedId(CompanyView to, String email, String role) {
        return invite(to, new Invitee(email, role)).results().get(0).invitationId().orElseThrow();
    }

    private List<InvitationView> pending(CompanyView of) {
        return useCases.invitations().list().list(admin, ListInvitationsQuery.all(of.id()).withStatus("PENDING")).items();
    }

    private String emailOf(Registration registration) {
        return useCases.users().currentUser().me(Actor.of(registration.userId())).email();
    }

    private List<HistoryEntry> history(CompanyId companyId) {
        return system.ports().transactions().inTransaction(() ->
                system.ports().history().listWithActors(companyId, Optional.empty(), Optional.empty(), 100)
                        .items().stream().map(History.WithActor::entry).toList());
    }

    /** The system as a request sees it that read before a concurrent one committed the same invitation. */
    private static CustomerManagement withoutSeeingOpenInvitations(InMemorySystem system) {
        DrivenPorts p = system.ports();
        Invitations blind = new StaleInvitations(p.invitations());
        return new CustomerManagement(new DrivenPorts(p.transactions(), p.companies(), p.users(), p.members(), blind,
                p.addressBooks(), p.customerGroups(), p.roles(), p.orders(), p.history(), p.outbox(),
                p.accessTokens(), p.principals(), p.loginFailures(), p.passwordHasher(), p.clock()), system.settings(),
                InMemorySystem.validator(), new ZxcvbnPasswordScreen());
    }

    /** Invitations whose look-up of open invitations misses what a concurrent transaction wrote. */
    private record StaleInvitations(Invitations store) implements Invitations {

        @Override
        public Invitation add(Invitation invitation) {
            return store.add(invitation);
        }

        @Override
        public void addAll(List<Invitation> invitations) {
            store.addAll(invitations);
        }

        @Override
        public Invitation update(Invitation invitation) {
            return store.update(invitation);
        }

        @Override
        public Optional<Invitation> find(InvitationId id) {
            return store.find(id);
        }

        @Override
        public List<Invitation> findAll(Collection<InvitationId> ids) {
            return store.findAll(ids);
        }

        @Override
        public Optional<Invitation> findByFingerprint(String fingerprint) {
            return store.findByFingerprint(fingerprint);
        }

        @Override
        public Optional<Invitation> findOpen(CompanyId companyId, EmailAddress email) {
            return Optional.empty();
        }

        @Override
        public List<Invitation> findOpen(CompanyId companyId, Collection<EmailAddress> emails) {
            return List.of();
        }

        @Override
        public Slice<WithSender> listWithSenders(CompanyId companyId, Optional<InvitationStatus> status, Instant now,
                Optional<Key> after, int limit) {
            return store.listWithSenders(companyId, status, now, after, limit);
        }
    }
}
