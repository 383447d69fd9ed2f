package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The registration page used with the keyboard alone, and read in a window 320 CSS px wide (a phone, or a laptop at
 * 400 % zoom) without scrolling sideways, in a real headless Chromium; axe-core checks each narrow state.
 */
class RegistrationPageKeyboardAndReflowBrowserTest {

    private static final String EMAIL = "greta.sommer@nordwind.example";
    private static final String PASSWORD = "nordwind greta passphrase";
    private static final int NARROW = 320;

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServerAndWidenTheWindow() {
        // The browser is shared by the class: the next test starts as wide as every other browser test.
        browser.resize(1280, 900);
        site.close();
    }

    @Test
    void an_invitee_corrects_a_mistake_and_registers_with_the_keyboard_alone() {
        browser.open(site.url(registrationPage(company)));

        browser.tabToAndType("First name", "Greta");
        browser.tabToAndType("Last name", "Sommer");
        browser.tabToAndType("Password", PASSWORD);
        browser.tabToAndType("Repeat the password", PASSWORD + "!");
        browser.tabToAndEnter(browser.button("Join the company"));

        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        browser.tabTo(browser.link("Repeat the password: Does not match the password."));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.focused()).isEqualTo(browser.field("Repeat the password"));
        browser.tabToAndType("Password", PASSWORD);
        browser.tabToAndType("Repeat the password", PASSWORD);
        browser.tabToAndEnter(browser.button("Join the company"));

        assertThat(browser.heading()).isEqualTo("Welcome to Nordwind Logistik");
        assertThat(site.system.useCases().users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD))
                .companyId()).contains(company.id());
    }

    @Test
    void the_form_and_its_errors_fit_a_narrow_window_in_english_and_in_german_even_with_a_long_word() {
        CompanyView longWinded = site.company("Donaudampfschifffahrtsgesellschaftskapitänsmützenmanufaktur GmbH",
                site.data().salesRepresentative());
        browser.resize(NARROW, 800);
        browser.open(site.url(registrationPage(longWinded)));

        assertFits("registration-form-320-en");
        browser.type("First name", " ");
        browser.type("Password", "too short");
        browser.type("Repeat the password", "too long to match");
        browser.press("Join the company");
        assertThat(browser.errorSummary()).hasSize(4);
        assertFits("registration-errors-320-en");

        browser.press("Deutsch");
        assertThat(browser.heading()).isEqualTo("Treten Sie Ihrem Unternehmen im Kundenportal bei");
        assertFits("registration-form-320-de");
        browser.type("Vorname", " ");
        browser.type("Passwort", "zu kurz");
        browser.type("Passwort wiederholen", "viel zu lang zum Passen");
        browser.press("Dem Unternehmen beitreten");
        assertThat(browser.errorSummary()).hasSize(4);
        assertFits("registration-errors-320-de");
    }

    private static void assertFits(String screen) {
        assertThat(browser.scrollsSideways()).as("%s scrolls sideways at %d px", screen, NARROW).isFalse();
        browser.checkScreen(screen);
    }

    /** The path of the registration page of a new invitation, as the invitation's link names it. */
    private String registrationPage(CompanyView inviting) {
        var invitation = site.system.useCases().invitations().invite().invite(site.admin(),
                        InviteMembersCommand.of(inviting.id(), new Invitee(EMAIL, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
        return URI.create(site.system.useCases().invitations().registrationLink()
                .link(site.admin(), inviting.id(), invitation).url().toString()).getPath();
    }
}
