package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.installation.SetUpInstallationCommand;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.RegisterCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.Test;

/** Wherever someone sets a password, one that attackers try early is refused with the reason. */
class PasswordScreeningTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final CustomerManagement useCases = system.useCases();
    private final Actor admin = system.administrator();

    @Test
    void a_new_user_with_a_common_password_is_refused_on_the_password_field_with_the_reason() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () ->
                useCases.users().create().create(admin, new CreateUserCommand("pia.pool@buyer.example", "Pia", "Pool", null,
                        "CUSTOMER", List.of(), "password1234")));

        assertThat(refusal.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("password");
            assertThat(error.code()).isEqualTo("too_guessable");
            assertThat(error.message()).startsWith("is too easy to guess: This is a very common password.");
        });
    }

    @Test
    void a_password_made_of_the_persons_own_name_is_refused() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () ->
                useCases.users().create().create(admin, new CreateUserCommand("wunderlich@buyer.example", "Zoelinde",
                        "Wunderlich", null, "CUSTOMER", List.of(), "ZoelindeWunderlich")));

        assertThat(refusal.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("password", "too_guessable"));
    }

    @Test
    void registering_through_an_invitation_with_a_common_password_is_refused_and_the_link_stays_usable() {
        CompanyView company = system.testData().company("Acme Industrial", system.testData().salesRepresentative());
        var link = useCases.invitations().invite().invite(admin, InviteMembersCommand.of(company.id(),
                new Invitee("ina.vitee@buyer.example", "company_buyer"))).results().get(0).invitationId().orElseThrow();
        String token = TestData.tokenOf(useCases.invitations().registrationLink().link(admin, company.id(), link).url().toString());

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () ->
                useCases.invitations().register().register(new RegisterCommand(token, "Ina", "Vitee", "123456789012")));

        assertThat(refusal.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("password", "too_guessable"));
        assertThat(useCases.invitations().register().register(new RegisterCommand(token, "Ina", "Vitee", "my own long passphrase"))
                .companyId()).isEqualTo(company.id());
    }

    @Test
    void a_common_administrator_password_is_refused_at_installation() {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () ->
                useCases.installation().setUp().setUp(new SetUpInstallationCommand(Optional.of("admin@example.com"),
                        Optional.of("administrator1"))));

        assertThat(refusal.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("adminPassword", "too_guessable"));
    }
}
