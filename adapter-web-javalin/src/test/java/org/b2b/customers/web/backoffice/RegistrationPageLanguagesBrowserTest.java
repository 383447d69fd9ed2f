package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The registration page an invitation link opens, in English and German, switched the way every page is, in a real
 * headless Chromium on the whole server; axe-core checks each of its states in both languages.
 */
class RegistrationPageLanguagesBrowserTest {

    private static final String PASSWORD = "nordwind greta passphrase";

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_form_speaks_the_language_chosen_with_the_switch_and_stays_on_the_link() {
        String page = registrationPage("greta.sommer@nordwind.example");
        browser.open(site.url(page));

        assertThat(language()).isEqualTo("en");
        assertThat(browser.driver().getTitle()).isEqualTo("Join Nordwind Logistik · Customer Portal");
        assertThat(browser.heading()).isEqualTo("Join your company in the Customer Portal");
        browser.checkScreen("registration-form-en");

        browser.press("Deutsch");

        assertThat(browser.path()).isEqualTo(page);
        assertThat(language()).isEqualTo("de");
        assertThat(browser.driver().getTitle()).isEqualTo("Nordwind Logistik beitreten · Kundenportal");
        assertThat(browser.heading()).isEqualTo("Treten Sie Ihrem Unternehmen im Kundenportal bei");
        assertThat(browser.field("Passwort wiederholen").getAttribute("type")).isEqualTo("password");
        assertThat(browser.text()).contains("Mindestens 12 Zeichen").contains("Nordwind Logistik");
        browser.checkScreen("registration-form-de");
    }

    @Test
    void wrong_fields_are_told_in_german_beside_them_and_in_a_summary_that_takes_the_focus() {
        browser.open(site.url(registrationPage("greta.sommer@nordwind.example")));
        browser.press("Deutsch");

        browser.type("Vorname", " ");
        browser.type("Nachname", "Sommer");
        browser.type("Passwort", "zu kurz");
        browser.type("Passwort wiederholen", "zu kurz");
        browser.press("Dem Unternehmen beitreten");

        assertThat(browser.driver().findElement(By.id("error-summary-title")).getText()).isEqualTo("Es gibt ein Problem");
        assertThat(browser.errorSummary()).containsExactly("Vorname: Darf nicht leer sein.",
                "Passwort: Muss mindestens 12 Zeichen lang sein.");
        assertThat(browser.driver().findElement(By.id("firstName-error")).getText()).isEqualTo("Darf nicht leer sein.");
        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        assertThat(browser.field("Nachname").getAttribute("value")).isEqualTo("Sommer");
        browser.checkScreen("registration-errors-de");

        browser.link("Passwort: Muss mindestens 12 Zeichen lang sein.").click();
        assertThat(browser.focused()).isEqualTo(browser.field("Passwort"));
    }

    @Test
    void wrong_fields_in_english_pass_axe_too() {
        browser.open(site.url(registrationPage("greta.sommer@nordwind.example")));

        browser.type("First name", "Greta");
        browser.type("Last name", "");
        browser.type("Password", PASSWORD);
        browser.type("Repeat the password", PASSWORD + "!");
        browser.press("Join the company");

        assertThat(browser.errorSummary()).containsExactly("Last name: Must not be blank.",
                "Repeat the password: Does not match the password.");
        browser.checkScreen("registration-errors-en");
    }

    @Test
    void the_registered_page_speaks_the_language_the_form_was_sent_in() {
        browser.open(site.url(registrationPage("greta.sommer@nordwind.example")));
        register("First name", "Last name", "Password", "Repeat the password", "Join the company");
        assertThat(browser.heading()).isEqualTo("Welcome to Nordwind Logistik");
        browser.checkScreen("registered-en");

        browser.open(site.url(registrationPage("jonas.wolf@nordwind.example")));
        browser.press("Deutsch");
        register("Vorname", "Nachname", "Passwort", "Passwort wiederholen", "Dem Unternehmen beitreten");

        assertThat(language()).isEqualTo("de");
        assertThat(browser.heading()).isEqualTo("Willkommen bei Nordwind Logistik");
        assertThat(browser.driver().findElement(By.id("notice-message")).getText())
                .isEqualTo("Ihre Registrierung ist abgeschlossen. Sie können sich jetzt mit jonas.wolf@nordwind.example"
                        + " und Ihrem Passwort anmelden.");
        browser.checkScreen("registered-de");
    }

    @Test
    void a_withdrawn_invitation_is_told_in_either_language() {
        InvitationId invitation = invite("greta.sommer@nordwind.example");
        String page = linkOf(invitation);
        site.system.useCases().invitations().revoke().revoke(site.admin(), company.id(), invitation);
        browser.open(site.url(page));

        assertThat(browser.heading()).isEqualTo("This invitation has been withdrawn");
        browser.checkScreen("registration-revoked-en");

        browser.press("Deutsch");

        assertThat(browser.path()).isEqualTo(page);
        assertThat(language()).isEqualTo("de");
        assertThat(browser.heading()).isEqualTo("Diese Einladung wurde zurückgezogen");
        assertThat(browser.driver().getTitle()).isEqualTo("Diese Einladung wurde zurückgezogen · Kundenportal");
        browser.checkScreen("registration-revoked-de");
    }

    @Test
    void a_refused_registration_is_explained_in_german_not_in_the_use_cases_english() {
        UserView pooled = site.data().poolUser();
        browser.open(site.url(registrationPage(pooled.email())));
        browser.press("Deutsch");
        CompanyView other = site.company("Südhafen Handel", site.data().salesRepresentative());
        site.system.useCases().members().add().add(site.admin(),
                new AddMemberCommand(other.id(), pooled.id().toString(), "company_buyer"));

        browser.type("Passwort", TestData.PASSWORD);
        browser.type("Passwort wiederholen", TestData.PASSWORD);
        browser.press("Dem Unternehmen beitreten");

        assertThat(browser.heading()).isEqualTo("Wir konnten Ihre Registrierung nicht abschließen");
        assertThat(browser.driver().findElement(By.id("notice-message")).getText())
                .startsWith("Ihr Konto ist bereits Mitglied eines Unternehmens");
        browser.checkScreen("registration-refused-de");
    }

    private void register(String firstName, String lastName, String password, String repeat, String send) {
        browser.type(firstName, "Greta");
        browser.type(lastName, "Sommer");
        browser.type(password, PASSWORD);
        browser.type(repeat, PASSWORD);
        browser.press(send);
    }

    private String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    private InvitationId invite(String email) {
        return site.system.useCases().invitations().invite().invite(site.admin(),
                        InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
    }

    /** The path of a registration page, as the invitation's link names it. */
    private String registrationPage(String email) {
        return linkOf(invite(email));
    }

    private String linkOf(InvitationId invitation) {
        return URI.create(site.system.useCases().invitations().registrationLink()
                .link(site.admin(), company.id(), invitation).url().toString()).getPath();
    }
}
