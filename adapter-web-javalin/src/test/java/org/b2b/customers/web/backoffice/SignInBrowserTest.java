package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing in and out of the Back Office, and its language, in a real headless Chromium. */
class SignInBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void a_visitor_is_sent_to_sign_in_and_then_to_the_page_they_asked_for() {
        browser.open(site.url(Paths.NEW_COMPANY));

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Log in");
        browser.checkScreen("sign-in-en");

        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);

        assertThat(browser.path()).isEqualTo(Paths.NEW_COMPANY);
        assertThat(browser.heading()).isEqualTo("Create company");
    }

    @Test
    void a_wrong_password_is_told_in_a_summary_that_takes_the_focus_and_keeps_the_email() {
        browser.open(site.url("/"));

        browser.signIn(BackOfficeSite.ADMIN_EMAIL, "not the password at all");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.errorSummary()).containsExactly("The email or the password is wrong");
        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        assertThat(browser.field("Email").getAttribute("value")).isEqualTo(BackOfficeSite.ADMIN_EMAIL);
        assertThat(browser.field("Password").getAttribute("value")).isEmpty();
        browser.checkScreen("sign-in-wrong-password-en");
    }

    @Test
    void missing_fields_are_each_named_and_linked_from_the_summary() {
        browser.open(site.url("/login"));

        browser.press("Log in");

        assertThat(browser.errorSummary()).containsExactly("Enter your email address", "Enter your password");
        browser.link("Enter your password").click();
        assertThat(browser.focused()).isEqualTo(browser.field("Password"));
    }

    @Test
    void the_language_switch_speaks_german_and_remembers_it_after_sign_in() {
        browser.open(site.url("/login"));

        browser.press("Deutsch");

        assertThat(browser.heading()).isEqualTo("Anmelden");
        browser.checkScreen("sign-in-de");
        browser.type("E-Mail", BackOfficeSite.ADMIN_EMAIL);
        browser.type("Passwort", BackOfficeSite.ADMIN_PASSWORD);
        browser.press("Anmelden");
        browser.open(site.url(Paths.NEW_COMPANY));
        assertThat(browser.heading()).isEqualTo("Unternehmen anlegen");
        browser.press("English");
        assertThat(browser.heading()).isEqualTo("Create company");
    }

    @Test
    void logging_out_ends_the_session_so_the_pages_ask_for_sign_in_again() {
        browser.open(site.url("/login"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
        browser.open(site.url(Paths.NEW_COMPANY));

        browser.press("Log out");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.banner()).contains("You have logged out.");
        browser.open(site.url(Paths.NEW_COMPANY));
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void the_keyboard_alone_signs_in() {
        browser.open(site.url("/login"));

        browser.tabToAndType("Email", BackOfficeSite.ADMIN_EMAIL);
        browser.tabToAndType("Password", BackOfficeSite.ADMIN_PASSWORD);
        browser.tabToAndEnter(browser.button("Log in"));

        assertThat(browser.text()).contains("Log out");
    }

    /** The addresses, spelled out as a person types them. */
    private static final class Paths {
        static final String NEW_COMPANY = "/companies/new";
    }
}
