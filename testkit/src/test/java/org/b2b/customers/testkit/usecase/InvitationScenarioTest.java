package org.b2b.customers.testkit.usecase;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.company.CompanyView;
import org.b2b.customers.application.port.in.invitation.ImportInvitationsCommand;
import org.b2b.customers.application.port.in.invitation.InvitationOutcome;
import org.b2b.customers.application.port.in.invitation.InvitationReport;
import org.b2b.customers.application.port.in.invitation.InvitationResult;
import org.b2b.customers.application.port.in.invitation.InvitationView;
import org.b2b.customers.application.port.in.invitation.InviteMembersCommand;
import org.b2b.customers.application.port.in.invitation.Invitee;
import org.b2b.customers.application.port.in.invitation.ListInvitationsQuery;
import org.b2b.customers.application.port.in.invitation.RegisterCommand;
import org.b2b.customers.application.port.in.invitation.Registration;
import org.b2b.customers.application.port.in.invitation.RegistrationView;
import org.b2b.customers.application.port.in.mail.PreparedMail;
import org.b2b.customers.application.port.in.user.AuthenticateCommand;
import org.b2b.customers.application.port.in.user.UserView;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

/** A company is created, its people are invited by hand and from a file, and one of them joins through the mail. */
class InvitationScenarioTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();

    @Test
    void staff_invite_a_new_company_and_its_admin_joins_through_the_mail() {
        UserView rep = data.salesRepresentative();
        Actor staff = data.actor(rep);
        CompanyView company = useCases.createCompany().create(staff, data.newCompany("Nordwind Logistik", rep));
        assertThat(company.billingAddress()).isPresent();

        InvitationReport typed = useCases.inviteMembers().invite(staff, InviteMembersCommand.of(company.id(),
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
        InvitationReport imported = useCases.importInvitations().importFile(staff,
                ImportInvitationsCommand.of(company.id(), file, "company_buyer"));
        assertThat(imported.results()).extracting(InvitationResult::line, InvitationResult::outcome).containsExactly(
                tuple(2, InvitationOutcome.INVITED),
                tuple(3, InvitationOutcome.ALREADY_INVITED),
                tuple(4, InvitationOutcome.INVITED),
                tuple(6, InvitationOutcome.DUPLICATE),
                tuple(7, InvitationOutcome.UNKNOWN_ROLE));
        assertThat(useCases.listInvitations().list(staff, ListInvitationsQuery.all(company.id()).withStatus("PENDING")).items())
                .extracting(InvitationView::email).containsExactlyInAnyOrder(
                        "greta.admin@nordwind.example", "jonas.buyer@nordwind.example", "lena.buyer@nordwind.example");

        List<PreparedMail> mails = system.mailsTo("greta.admin@nordwind.example");
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.data()).containsEntry("companyName", "Nordwind Logistik")
                    .containsEntry("roleName", "Company admin")
                    .containsEntry("inviterName", rep.firstName() + " " + rep.lastName());
        });
        String token = TestData.tokenOf(mails.get(0).registrationLink().orElseThrow());

        assertThat(useCases.viewRegistration().view(token))
                .isEqualTo(new RegistrationView("Nordwind Logistik", "greta.admin@nordwind.example", "company_admin"));
        Registration greta = useCases.register().register(
                new RegisterCommand(token, "Greta", "Sommer", "nordwind greta passphrase"));

        UserView loggedIn = useCases.authenticate().authenticate(
                new AuthenticateCommand("Greta.Admin@nordwind.example", "nordwind greta passphrase"));
        assertThat(loggedIn.id()).isEqualTo(greta.userId());
        assertThat(loggedIn.companyId()).contains(company.id());
        assertThat(useCases.listInvitations().list(staff, ListInvitationsQuery.all(company.id())).items())
                .filteredOn(view -> view.email().equals("greta.admin@nordwind.example"))
                .extracting(InvitationView::status).containsExactly(InvitationStatus.ACCEPTED);

        InvitationReport byGreta = useCases.inviteMembers().invite(Actor.of(greta.userId()),
                InviteMembersCommand.of(company.id(), new Invitee("tom.buyer@nordwind.example", "company_buyer")));
        assertThat(byGreta.results()).extracting(InvitationResult::outcome).containsExactly(InvitationOutcome.INVITED);
        assertThat(system.mailsTo("tom.buyer@nordwind.example")).singleElement()
                .satisfies(mail -> assertThat(mail.data()).containsEntry("inviterName", "Greta Sommer"));
    }
}
