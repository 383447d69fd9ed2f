package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.b2b.customers.testkit.usecase.Refusals.assertRefused;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.invitation.Registration;
import org.b2b.customers.application.invitation.RegistrationView;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationSecret;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.ErrorKind;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.UserType;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

class InvitationRegistrationTest {

    private static final String EMAIL = "ina.vitee@buyer.example";
    private static final String PASSWORD = "my own long passphrase";

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final TestData data = system.testData();
    private final Actor admin = system.administrator();
    private final CompanyView company = data.company("Acme Industrial", data.salesRepresentative());

    @Test
    void opening_a_link_shows_company_email_and_role_and_does_not_use_it_up() {
        String token = tokenOf(invite(EMAIL, "company_admin"));

        RegistrationView view = useCases.invitations().viewRegistration().view(token);
        useCases.invitations().viewRegistration().view(token);

        assertThat(view).isEqualTo(new RegistrationView("Acme Industrial", EMAIL, "company_admin"));
        assertThat(register(token, PASSWORD).companyId()).isEqualTo(company.id());
    }

    @Test
    void an_unknown_or_malformed_token_is_not_found() {
        invite(EMAIL, "company_buyer");

        for (String token : new String[] {"A".repeat(43), "short", "!".repeat(43), "", null}) {
            assertRefused(() -> useCases.invitations().viewRegistration().view(token), ErrorKind.NOT_FOUND, "invitation.not_found");
            assertRefused(() -> register(token, PASSWORD), ErrorKind.NOT_FOUND, "invitation.not_found");
        }
    }

    @Test
    void registering_makes_a_customer_member_with_the_invited_role_who_can_log_in() {
        InvitationId id = invite(EMAIL, "company_admin");

        Registration registration = useCases.invitations().register().register(
                new RegisterCommand(tokenOf(id), " Ina ", "Vitee", PASSWORD));

        assertThat(registration.companyId()).isEqualTo(company.id());
        UserView user = useCases.users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD));
        assertThat(user.id()).isEqualTo(registration.userId());
        assertThat(user.type()).isEqualTo(UserType.CUSTOMER);
        assertThat(user.firstName()).isEqualTo("Ina");
        assertThat(user.companyId()).contains(company.id());
        assertThat(user.roles()).containsExactly("company_admin", "corporate_access");
        assertThat(statusOf(id)).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void a_link_registers_exactly_once() {
        String token = tokenOf(invite(EMAIL, "company_buyer"));
        Registration first = register(token, PASSWORD);

        assertRefused(() -> register(token, "another long passphrase"), ErrorKind.GONE, "invitation.accepted");
        assertRefused(() -> useCases.invitations().viewRegistration().view(token), ErrorKind.GONE, "invitation.accepted");
        assertThat(useCases.users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD)).id())
                .isEqualTo(first.userId());
    }

    @Test
    void what_the_database_stores_is_not_enough_to_accept_an_invitation() {
        InvitationId id = invite(EMAIL, "company_buyer");
        InvitationSecret stored = system.ports().transactions().inTransaction(() ->
                system.ports().invitations().find(id).orElseThrow().secret());

        for (String copied : new String[] {stored.seed(), stored.fingerprint()}) {
            assertRefused(() -> useCases.invitations().viewRegistration().view(copied), ErrorKind.NOT_FOUND, "invitation.not_found");
            assertRefused(() -> register(copied, PASSWORD), ErrorKind.NOT_FOUND, "invitation.not_found");
        }
        assertThat(system.outbox().messages()).allSatisfy(message -> assertThat(message.data().values())
                .noneMatch(value -> value.contains(tokenOf(id)) || value.contains(stored.seed())));
        assertThat(statusOf(id)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void a_user_of_the_pool_accepts_signed_in_as_their_account_and_keeps_it() {
        UserView pooled = data.poolUser();
        String token = tokenOf(invite(pooled.email(), "company_buyer"));
        UserView signedIn = useCases.users().authenticate().authenticate(new AuthenticateCommand(pooled.email(), TestData.PASSWORD));

        Registration registration = useCases.invitations().acceptAsAccount().acceptAs(token, signedIn.id());

        assertThat(registration.userId()).isEqualTo(pooled.id());
        UserView after = useCases.users().authenticate().authenticate(new AuthenticateCommand(pooled.email(), TestData.PASSWORD));
        assertThat(after.id()).isEqualTo(pooled.id());
        assertThat(after.firstName()).isEqualTo(pooled.firstName());
        assertThat(after.lastName()).isEqualTo(pooled.lastName());
        assertThat(after.companyId()).contains(company.id());
    }

    @Test
    void another_account_signed_in_cannot_accept_an_invitation_to_an_existing_account() {
        UserView pooled = data.poolUser();
        UserView other = data.poolUser();
        String token = tokenOf(invite(pooled.email(), "company_buyer"));

        assertRefused(() -> useCases.invitations().acceptAsAccount().acceptAs(token, other.id()), ErrorKind.FORBIDDEN,
                "registration.other_account");
        assertThat(useCases.invitations().viewRegistration().view(token).email()).isEqualTo(pooled.email());
    }

    @Test
    void opening_a_link_tells_its_holder_nothing_of_whether_the_email_has_an_account_or_could_join() {
        UserView pooled = data.poolUser();
        String pooledToken = tokenOf(invite(pooled.email(), "company_buyer"));
        String newcomerToken = tokenOf(invite(EMAIL, "company_buyer"));
        // A company admin may invite a staff address (their report does not tell them it is one) and copy its link.
        Actor companyAdmin = data.actor(data.member(company, "company_admin"));
        String staff = data.salesRepresentative().email();
        String staffToken = tokenOf(useCases.invitations().invite().invite(companyAdmin, InviteMembersCommand.of(company.id(),
                new Invitee(staff, "company_buyer"))).results().get(0).invitationId().orElseThrow());

        assertThat(useCases.invitations().viewRegistration().view(pooledToken))
                .isEqualTo(new RegistrationView("Acme Industrial", pooled.email(), "company_buyer"));
        assertThat(useCases.invitations().viewRegistration().view(newcomerToken))
                .isEqualTo(new RegistrationView("Acme Industrial", EMAIL, "company_buyer"));
        assertThat(useCases.invitations().viewRegistration().view(staffToken))
                .isEqualTo(new RegistrationView("Acme Industrial", staff, "company_buyer"));
    }

    @Test
    void a_password_for_an_existing_account_is_refused_unchecked_so_the_registration_cannot_guess_it() {
        UserView pooled = data.poolUser();
        String token = tokenOf(invite(pooled.email(), "company_buyer"));

        assertRefused(() -> register(token, PASSWORD), ErrorKind.UNAUTHENTICATED, "registration.sign_in_required");
        assertRefused(() -> register(token, TestData.PASSWORD), ErrorKind.UNAUTHENTICATED,
                "registration.sign_in_required");

        assertThat(useCases.invitations().viewRegistration().view(token).email()).isEqualTo(pooled.email());
    }

    @Test
    void someone_who_joined_another_company_meanwhile_cannot_accept() {
        String here = tokenOf(invite(EMAIL, "company_buyer"));
        joinAnotherCompany(EMAIL);
        UserView joined = useCases.users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD));

        assertRefused(() -> register(here, PASSWORD), ErrorKind.UNAUTHENTICATED, "registration.sign_in_required");
        assertRefused(() -> useCases.invitations().acceptAsAccount().acceptAs(here, joined.id()), ErrorKind.CONFLICT,
                "member.user_in_company");
    }

    @Test
    void whether_an_account_can_join_is_told_only_to_that_account_signed_in() {
        String memberToken = tokenOf(invite(EMAIL, "company_buyer"));
        joinAnotherCompany(EMAIL);
        UserView member = useCases.users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD));
        String staffToken = tokenOf(invite("joined.the.seller@buyer.example", "company_buyer"));
        UserView staff = useCases.users().create().create(admin, new CreateUserCommand("joined.the.seller@buyer.example",
                "Sid", "Seller", null, "STAFF", List.of("sales_representative"), PASSWORD));

        assertThat(useCases.invitations().viewRegistration().view(memberToken).email()).isEqualTo(EMAIL);
        assertThat(useCases.invitations().viewRegistration().view(staffToken).email()).isEqualTo("joined.the.seller@buyer.example");
        assertRefused(() -> register(memberToken, PASSWORD), ErrorKind.UNAUTHENTICATED, "registration.sign_in_required");
        assertRefused(() -> register(staffToken, PASSWORD), ErrorKind.UNAUTHENTICATED, "registration.sign_in_required");
        assertRefused(() -> useCases.invitations().acceptAsAccount().acceptAs(memberToken, member.id()), ErrorKind.CONFLICT,
                "member.user_in_company");
        assertRefused(() -> useCases.invitations().acceptAsAccount().acceptAs(staffToken, staff.id()), ErrorKind.CONFLICT,
                "user.not_a_customer");
    }

    /** The person with this email is invited to another company and registers there. */
    private void joinAnotherCompany(String email) {
        CompanyView other = data.company("Other Works", data.salesRepresentative());
        InvitationId there = useCases.invitations().invite().invite(admin,
                InviteMembersCommand.of(other.id(), new Invitee(email, "company_buyer"))).results().get(0).invitationId().orElseThrow();
        useCases.invitations().register().register(new RegisterCommand(
                TestData.tokenOf(useCases.invitations().registrationLink().link(admin, other.id(), there).url().toString()),
                "Ina", "Vitee", PASSWORD));
    }

    @Test
    void a_new_account_needs_a_name_and_a_long_enough_password_and_a_refusal_keeps_the_link() {
        String token = tokenOf(invite(EMAIL, "company_buyer"));

        assertThatThrownBy(() -> useCases.invitations().register().register(new RegisterCommand(token, " ", null, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("firstName", "lastName", "password"));

        assertThat(register(token, PASSWORD).companyId()).isEqualTo(company.id());
    }

    @Test
    void the_link_in_the_mail_registers_and_after_that_no_mail_is_left_to_send() {
        invite(EMAIL, "company_buyer");
        String link = system.mailsTo(EMAIL).get(0).registrationLink().orElseThrow();

        register(TestData.tokenOf(link), PASSWORD);

        assertThat(system.mailsTo(EMAIL)).isEmpty();
        assertThat(system.outbox().messagesTo(EmailAddress.of(EMAIL))).hasSize(1);
    }

    @Test
    void mails_of_other_templates_pass_through_unchanged() {
        OutboundMessage message = new OutboundMessage(UUID.randomUUID(),
                EmailAddress.of(EMAIL), "welcome", Map.of("firstName", "Ina"), system.clock().instant());

        assertThat(useCases.mail().prepare().prepare(message)).hasValueSatisfying(mail -> {
            assertThat(mail.template()).isEqualTo("welcome");
            assertThat(mail.data()).isEqualTo(Map.of("firstName", "Ina"));
            assertThat(mail.registrationLink()).isEmpty();
        });
    }

    private InvitationId invite(String email, String role) {
        return useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(), new Invitee(email, role)))
                .results().get(0).invitationId().orElseThrow();
    }

    private String tokenOf(InvitationId id) {
        return TestData.tokenOf(useCases.invitations().registrationLink().link(admin, company.id(), id).url().toString());
    }

    private Registration register(String token, String password) {
        return useCases.invitations().register().register(new RegisterCommand(token, "Ina", "Vitee", password));
    }

    private InvitationStatus statusOf(InvitationId id) {
        return useCases.invitations().list().list(admin, ListInvitationsQuery.all(company.id())).items().stream()
                .filter(view -> view.id().equals(id)).map(InvitationView::status).findFirst().orElseThrow();
    }
}
