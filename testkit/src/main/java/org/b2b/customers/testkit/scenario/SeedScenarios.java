package org.b2b.customers.testkit.scenario;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanySummaryView;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.application.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.invitation.InvitationOutcome;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InvitationResult;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.application.invitation.RegistrationView;
import org.b2b.customers.application.port.out.PreparedMail;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.testkit.TestSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's stories end to end: a company is created and its people invited by hand and from a file, one joins
 * through the mail and becomes contact person; an invitation lives through expiry, re-sending and revocation; and
 * each kind of user sees exactly their part. A runner supplies a fresh system for each scenario.
 */
public abstract class SeedScenarios {

    private TestSystem system;
    private CustomerManagement useCases;
    private TestData data;
    private Actor admin;

    /** A new system, empty but for its administrator, for one scenario. */
    protected abstract TestSystem startSystem();

    @BeforeEach
    void start() {
        system = startSystem();
        useCases = system.useCases();
        data = system.testData();
        admin = system.administrator();
    }

    @Test
    public void staff_set_up_a_company_whose_admin_joins_through_the_mail_and_becomes_its_contact_person() {
        UserView rep = data.salesRepresentative();
        Actor staff = data.actor(rep);
        CompanyView company = useCases.companies().create().create(staff, data.newCompany("Nordwind Logistik", rep));
        assertThat(company.billingAddress()).isPresent();

        InvitationReport typed = useCases.invitations().invite().invite(staff, InviteMembersCommand.of(company.id(),
                new Invitee("greta.admin@nordwind.example", "company_admin"),
                new Invitee("greta.admin@nordwind", "company_buyer")));
        assertThat(typed.results()).extracting(InvitationResult::outcome)
                .containsExactly(InvitationOutcome.INVITED, InvitationOutcome.INVALID_EMAIL);

        byte[] file = ("\uFEFFemail,role\r\n"
                + "jonas.buyer@nordwind.example\r\n"
                + "greta.admin@nordwind.example,company_admin\r\n"
                + "lena.buyer@nordwind.example,company_buyer\r\n"
                + "\r\n"
                + "LENA.BUYER@nordwind.example\r\n"
                + "max@nordwind.example,chief_executive\r\n").getBytes(UTF_8);
        InvitationReport imported = useCases.invitations().importFile().importFile(staff,
                ImportInvitationsCommand.of(company.id(), file, "company_buyer"));
        assertThat(imported.results()).extracting(InvitationResult::line, InvitationResult::outcome).containsExactly(
                tuple(2, InvitationOutcome.INVITED),
                tuple(3, InvitationOutcome.ALREADY_INVITED),
                tuple(4, InvitationOutcome.INVITED),
                tuple(6, InvitationOutcome.DUPLICATE),
                tuple(7, InvitationOutcome.UNKNOWN_ROLE));
        assertThat(useCases.invitations().list().list(staff, ListInvitationsQuery.all(company.id()).withStatus("PENDING")).items())
                .extracting(InvitationView::email).containsExactlyInAnyOrder(
                        "greta.admin@nordwind.example", "jonas.buyer@nordwind.example", "lena.buyer@nordwind.example");

        List<PreparedMail> mails = system.mailsTo("greta.admin@nordwind.example");
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.data()).containsEntry("companyName", "Nordwind Logistik")
                    .containsEntry("roleName", "Company admin")
                    .containsEntry("inviterName", rep.firstName() + " " + rep.lastName());
        });
        String token = TestData.tokenOf(mails.get(0).registrationLink().orElseThrow());

        assertThat(useCases.invitations().viewRegistration().view(token))
                .isEqualTo(new RegistrationView("Nordwind Logistik", "greta.admin@nordwind.example", "company_admin"));
        Registration greta = useCases.invitations().register().register(
                new RegisterCommand(token, "Greta", "Sommer", "nordwind greta passphrase"));

        UserView loggedIn = useCases.users().authenticate().authenticate(
                new AuthenticateCommand("Greta.Admin@nordwind.example", "nordwind greta passphrase"));
        assertThat(loggedIn.id()).isEqualTo(greta.userId());
        assertThat(loggedIn.companyId()).contains(company.id());
        assertThat(useCases.invitations().list().list(staff, ListInvitationsQuery.all(company.id())).items())
                .filteredOn(view -> view.email().equals("greta.admin@nordwind.example"))
                .extracting(InvitationView::status).containsExactly(InvitationStatus.ACCEPTED);

        InvitationReport byGreta = useCases.invitations().invite().invite(Actor.of(greta.userId()),
                InviteMembersCommand.of(company.id(), new Invitee("tom.buyer@nordwind.example", "company_buyer")));
        assertThat(byGreta.results()).extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
        assertThat(system.mailsTo("tom.buyer@nordwind.example")).singleElement()
                .satisfies(mail -> assertThat(mail.data()).containsEntry("inviterName", "Greta Sommer"));

        CompanyView withContact = useCases.members().assignContactPerson().assign(staff,
                AssignContactPersonCommand.of(company.id(), greta.memberId().toString()));
        assertThat(withContact.contactPersonMemberId()).contains(greta.memberId());
        assertRefused(() -> useCases.members().remove().remove(staff, RemoveMemberCommand.of(company.id(), greta.memberId())),
                ErrorKind.CONFLICT, "contact_person.cannot_be_removed");

        Registration jonas = useCases.invitations().register().register(new RegisterCommand(
                TestData.tokenOf(system.mailsTo("jonas.buyer@nordwind.example").get(0).registrationLink().orElseThrow()),
                "Jonas", "Berg", "jonas buys the parts"));
        MemberView promoted = useCases.members().update().update(staff,
                UpdateMemberCommand.of(company.id(), jonas.memberId()).withRole("company_admin"));
        assertThat(promoted.role()).isEqualTo("company_admin");
        useCases.members().assignContactPerson().assign(staff,
                AssignContactPersonCommand.of(company.id(), jonas.memberId().toString()));
        system.clock().advance(Duration.ofMinutes(1));
        useCases.members().remove().remove(staff, RemoveMemberCommand.of(company.id(), greta.memberId()));

        system.clock().advance(Duration.ofMinutes(1));
        useCases.orders().record().record(admin, new RecordOrderCommand(company.id(), "NW-1001", null,
                jonas.memberId().toString(), "PLACED", "EUR", "1250.00"));
        useCases.orders().record().record(admin, new RecordOrderCommand(company.id(), "NW-1002", null,
                jonas.memberId().toString(), "SHIPPED", "EUR", "99.90"));

        CompanySummaryView summary = useCases.companies().summary().summary(Actor.of(jonas.userId()), company.id());
        assertThat(summary.memberCount()).isEqualTo(1);
        assertThat(summary.pendingInvitationCount()).isEqualTo(2);
        assertThat(summary.orderCount()).isEqualTo(2);
        assertThat(summary.latestOrders()).extracting(OrderView::number).containsExactlyInAnyOrder("NW-1001", "NW-1002");
        assertThat(summary.totals()).singleElement().satisfies(total -> assertThat(total.total()).isEqualByComparingTo("1349.90"));

        List<String> actions = useCases.history().ofCompany().history(staff, CompanyHistoryQuery.first(company.id())).items()
                .stream().map(HistoryEntryView::action).toList();
        assertThat(actions).startsWith("order.recorded", "order.recorded", "member.removed")
                .contains("company.created", "invitation.created", "invitation.accepted", "company.contact_person_assigned",
                        "member.updated");
    }

    @Test
    public void an_invitation_expires_is_renewed_by_resending_and_once_revoked_its_link_is_dead() {
        UserView rep = data.salesRepresentative();
        Actor staff = data.actor(rep);
        CompanyView company = data.company("Kestrel Tools", rep);
        InvitationId invitation = useCases.invitations().invite().invite(staff, InviteMembersCommand.of(company.id(),
                new Invitee("ines@kestrel.example", "company_buyer"))).results().get(0).invitationId().orElseThrow();
        String firstLink = useCases.invitations().registrationLink().link(staff, company.id(), invitation).url().toString();

        system.clock().advance(Duration.ofDays(7));
        assertThat(useCases.invitations().list().list(staff, ListInvitationsQuery.all(company.id())).items())
                .extracting(InvitationView::status).containsExactly(InvitationStatus.EXPIRED);
        assertRefused(() -> useCases.invitations().viewRegistration().view(TestData.tokenOf(firstLink)),
                ErrorKind.GONE, "invitation.expired");

        InvitationView renewed = useCases.invitations().resend().resend(staff, company.id(), invitation);
        assertThat(renewed.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(renewed.expiresAt()).isEqualTo(system.clock().instant().plus(Duration.ofDays(7)));
        String secondLink = useCases.invitations().registrationLink().link(staff, company.id(), invitation).url().toString();
        assertThat(secondLink).isNotEqualTo(firstLink);
        assertThat(system.mailsTo("ines@kestrel.example")).singleElement()
                .satisfies(mail -> assertThat(mail.registrationLink()).contains(secondLink));

        useCases.invitations().revoke().revoke(staff, company.id(), invitation);
        assertRefused(() -> useCases.invitations().register().register(new RegisterCommand(TestData.tokenOf(secondLink), "Ines",
                "Vogel", "a password for ines")), ErrorKind.GONE, "invitation.revoked");
        assertThat(system.mailsTo("ines@kestrel.example")).isEmpty();
    }

    @Test
    public void a_sales_representative_sees_only_their_companies_and_a_buyer_cannot_invite() {
        UserView alice = data.salesRepresentative();
        UserView bob = data.salesRepresentative();
        CompanyView ofAlice = data.company("Alder Supplies", alice);
        CompanyView ofBob = data.company("Birch Components", bob);

        assertThat(useCases.companies().list().list(data.actor(alice), ListCompaniesQuery.all()).items())
                .extracting(CompanyView::name).containsExactly("Alder Supplies");
        assertRefused(() -> useCases.companies().get().get(data.actor(alice), ofBob.id()), ErrorKind.NOT_FOUND, "company.not_found");
        assertRefused(() -> useCases.invitations().invite().invite(data.actor(alice), InviteMembersCommand.of(ofBob.id(),
                new Invitee("someone@birch.example", "company_buyer"))), ErrorKind.NOT_FOUND, "company.not_found");

        Registration buyer = data.invitedMember(ofAlice, "company_buyer");
        Actor asBuyer = Actor.of(buyer.userId());
        assertThat(useCases.companies().get().get(asBuyer, ofAlice.id()).name()).isEqualTo("Alder Supplies");
        assertRefused(() -> useCases.invitations().invite().invite(asBuyer, InviteMembersCommand.of(ofAlice.id(),
                new Invitee("friend@alder.example", "company_buyer"))), ErrorKind.FORBIDDEN, "access.denied");
        assertRefused(() -> useCases.companies().get().get(asBuyer, ofBob.id()), ErrorKind.NOT_FOUND, "company.not_found");
        assertThat(useCases.companies().list().list(asBuyer, ListCompaniesQuery.all()).items())
                .extracting(CompanyView::id).containsExactly(ofAlice.id());
    }

    private static void assertRefused(ThrowingCallable call, ErrorKind kind, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).as("kind of " + e.code() + ": " + e.getMessage()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
