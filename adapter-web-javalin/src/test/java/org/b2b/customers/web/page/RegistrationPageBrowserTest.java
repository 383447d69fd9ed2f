package org.b2b.customers.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The registration page as an invitee uses it: in a real, headless Chromium. */
class RegistrationPageBrowserTest {

    private static final String EMAIL = "greta.sommer@nordwind.example";
    private static final String PASSWORD = "nordwind greta passphrase";

    @TempDir
    static Path profile;
    private static WebDriver browser;

    private final RegistrationSite site = new RegistrationSite();
    private final CompanyView company = site.company("Nordwind Logistik");

    @BeforeAll
    static void openBrowser() {
        Optional<String> skip = HeadlessChromium.skipReason();
        assumeTrue(skip.isEmpty(), skip::get);
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_page_shows_the_company_and_the_email_and_opening_it_does_not_use_the_invitation() {
        InvitationId invitation = site.invite(company, EMAIL);
        String page = site.registrationPage(company, invitation);

        browser.get(page);
        browser.get(page);

        assertThat(text("company")).isEqualTo("Nordwind Logistik");
        assertThat(text("email")).isEqualTo(EMAIL);
        assertThat(browser.findElements(By.cssSelector("input[name=email], input[name=company]"))).isEmpty();
        assertThat(statusOf(invitation)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void wrong_fields_are_shown_beside_them_and_nothing_is_registered() {
        InvitationId invitation = site.invite(company, EMAIL);
        browser.get(site.registrationPage(company, invitation));

        fill("firstName", " ");
        fill("lastName", "Sommer");
        fill("password", "too short");
        fill("passwordConfirmation", "too short");
        submit();

        assertThat(text("firstName-error")).isEqualTo("Must not be blank.");
        assertThat(text("password-error")).isEqualTo("Must be at least 12 characters.");
        assertThat(browser.findElements(By.id("lastName-error"))).isEmpty();
        assertThat(browser.findElement(By.id("lastName")).getAttribute("value")).isEqualTo("Sommer");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
        assertThat(statusOf(invitation)).isEqualTo(InvitationStatus.PENDING);
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    @Test
    void a_confirmation_that_differs_is_shown_together_with_the_other_wrong_fields() {
        InvitationId invitation = site.invite(company, EMAIL);
        browser.get(site.registrationPage(company, invitation));

        fill("firstName", "Greta");
        fill("lastName", "");
        fill("password", PASSWORD);
        fill("passwordConfirmation", PASSWORD + "!");
        submit();

        assertThat(text("passwordConfirmation-error")).isEqualTo("Does not match the password.");
        assertThat(text("lastName-error")).isEqualTo("Must not be blank.");
        assertThat(statusOf(invitation)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void a_valid_form_registers_and_the_new_member_can_log_in() {
        InvitationId invitation = site.invite(company, EMAIL);
        browser.get(site.registrationPage(company, invitation));

        register("Greta", "Sommer");

        assertThat(text("notice-title")).isEqualTo("Welcome to Nordwind Logistik");
        assertThat(text("notice-message")).contains("You can now log in with " + EMAIL);
        UserView user = site.system.useCases().users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD));
        assertThat(user.companyId()).contains(company.id());
        assertThat(statusOf(invitation)).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void a_used_link_opened_again_says_that_it_has_been_used() {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        browser.get(page);
        register("Greta", "Sommer");

        browser.get(page);

        assertThat(text("notice-title")).isEqualTo("This invitation has already been used");
    }

    @Test
    void an_expired_link_says_that_it_has_expired_whether_opened_or_submitted() {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        browser.get(page);
        site.system.clock().advance(Duration.ofDays(8));

        register("Greta", "Sommer");
        assertThat(text("notice-title")).isEqualTo("This invitation has expired");
        browser.get(page);
        assertThat(text("notice-title")).isEqualTo("This invitation has expired");
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    @Test
    void a_revoked_link_says_that_it_has_been_withdrawn() {
        InvitationId invitation = site.invite(company, EMAIL);
        String page = site.registrationPage(company, invitation);
        site.system.useCases().invitations().revoke().revoke(site.admin, company.id(), invitation);

        browser.get(page);

        assertThat(text("notice-title")).isEqualTo("This invitation has been withdrawn");
    }

    @Test
    void an_unknown_link_says_that_it_does_not_work() {
        browser.get(site.url("/register/" + "A".repeat(43)));

        assertThat(text("notice-title")).isEqualTo("This link does not work");
    }

    @Test
    void the_link_of_a_deactivated_company_says_that_its_account_is_not_active() {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        site.system.useCases().companies().update().update(site.admin,
                UpdateCompanyCommand.of(company.id()).withStatus("DEACTIVATED"));

        browser.get(page);

        assertThat(text("notice-title")).isEqualTo("This company's account is not active");
    }

    @Test
    void someone_with_an_account_sees_the_same_form_and_joins_with_its_password() {
        UserView pooled = site.system.testData().poolUser();
        InvitationId invitation = site.invite(company, pooled.email());
        browser.get(site.registrationPage(company, invitation));
        assertThat(browser.findElements(By.id("firstName"))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("You already have an account");

        fill("firstName", "Pia");
        fill("lastName", "Pool");
        fill("password", "not the password of the account");
        fill("passwordConfirmation", "not the password of the account");
        submit();
        assertThat(text("password-error")).isEqualTo("This is not the password of your account.");
        assertThat(statusOf(invitation)).isEqualTo(InvitationStatus.PENDING);

        fill("password", TestData.PASSWORD);
        fill("passwordConfirmation", TestData.PASSWORD);
        submit();
        assertThat(text("notice-title")).isEqualTo("Welcome to Nordwind Logistik");
        assertThat(site.system.useCases().users().authenticate()
                .authenticate(new AuthenticateCommand(pooled.email(), TestData.PASSWORD)).id()).isEqualTo(pooled.id());
    }

    @Test
    void accented_names_and_markup_are_shown_exactly_as_typed_and_never_run() {
        String name = "<script>document.title='owned'</script> Zoë & Söhne";
        CompanyView marked = site.company(name);
        browser.get(site.registrationPage(marked, site.invite(marked, EMAIL)));

        assertThat(text("company")).isEqualTo(name);
        assertThat(browser.getTitle()).isEqualTo("Join " + name + " · Customer Portal");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();

        register("Zoë", "<b>Ölund</b>");
        assertThat(text("notice-title")).isEqualTo("Welcome to " + name);
        UserView user = site.system.useCases().users().authenticate().authenticate(new AuthenticateCommand(EMAIL, PASSWORD));
        assertThat(user.firstName()).isEqualTo("Zoë");
        assertThat(user.lastName()).isEqualTo("<b>Ölund</b>");
    }

    private void register(String firstName, String lastName) {
        fill("firstName", firstName);
        fill("lastName", lastName);
        fill("password", PASSWORD);
        fill("passwordConfirmation", PASSWORD);
        submit();
    }

    private void fill(String field, String value) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    /**
     * Submits the registration form (the header's language switch is a form too) and waits until the browser has replaced the page with the answer. Asked about a form in
     * the middle of being detached, chromedriver may answer "Node with given id does not belong to the document"
     * instead of "stale element": that answer means "not yet", and the next poll sees the new page.
     */
    private void submit() {
        WebElement form = browser.findElement(By.cssSelector("main form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(form));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private InvitationStatus statusOf(InvitationId invitation) {
        return site.system.useCases().invitations().list().list(site.admin, ListInvitationsQuery.all(company.id()))
                .items().stream().filter(i -> i.id().equals(invitation)).map(InvitationView::status)
                .findFirst().orElseThrow();
    }
}
