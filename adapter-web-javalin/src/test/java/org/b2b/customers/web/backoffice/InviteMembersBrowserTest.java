package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.role.CreateRoleCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Inviting members to a company in the Back Office: typed, pasted or uploaded, previewed, sent, reported. */
class InviteMembersBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());
    private int clicks;

    @BeforeEach
    void signIn() {
        site.system.useCases().roles().create().create(site.admin(),
                new CreateRoleCommand("purchaser", "Purchaser", "CUSTOMER", List.of()));
        browser.forgetEverything();
        browser.open(site.url(invitePath()));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void typed_rows_grow_by_one_with_every_value_kept_and_are_previewed_and_sent() {
        assertThat(browser.heading()).isEqualTo("Nordwind Logistik");
        assertThat(browser.link("Invitations").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=email]"))).hasSize(3);
        assertThat(browser.chosen("Role 1")).isEqualTo("Company buyer");
        browser.checkScreen("invite-empty-en");

        browser.type("Email 1", "anna@nordwind.example");
        browser.choose("Role 1", "Company admin");
        browser.type("Email 3", "carl@nordwind.example");
        browser.type("Paste a list", "dora@nordwind.example,Purchaser");
        browser.press("Add another row");

        assertThat(browser.driver().findElements(By.cssSelector("input[type=email]"))).hasSize(4);
        assertThat(browser.field("Email 1").getAttribute("value")).isEqualTo("anna@nordwind.example");
        assertThat(browser.chosen("Role 1")).isEqualTo("Company admin");
        assertThat(browser.field("Email 3").getAttribute("value")).isEqualTo("carl@nordwind.example");
        assertThat(browser.field("Paste a list").getAttribute("value")).isEqualTo("dora@nordwind.example,Purchaser");
        browser.type("Email 4", "emil@nordwind.example");
        browser.choose("Role 4", "Purchaser");
        browser.checkScreen("invite-filled-en");
        browser.press("Preview");

        assertThat(rows()).containsExactly(
                List.of("Row 1", "anna@nordwind.example", "Company admin", "Will be invited"),
                List.of("Row 3", "carl@nordwind.example", "Company buyer", "Will be invited"),
                List.of("Row 4", "emil@nordwind.example", "Purchaser", "Will be invited"),
                List.of("Pasted line 1", "dora@nordwind.example", "Purchaser", "Will be invited"));
        assertThat(pending()).isEmpty();
        browser.press("Back to edit");

        assertThat(browser.field("Email 4").getAttribute("value")).isEqualTo("emil@nordwind.example");
        assertThat(browser.chosen("Role 4")).isEqualTo("Purchaser");
        assertThat(browser.field("Paste a list").getAttribute("value")).isEqualTo("dora@nordwind.example,Purchaser");
        browser.press("Preview");
        browser.press("Send");

        assertThat(browser.text()).contains("4 people were invited.");
        assertThat(pending()).extracting(InvitationView::email, InvitationView::role).containsExactlyInAnyOrder(
                tuple("anna@nordwind.example", "company_admin"), tuple("carl@nordwind.example", "company_buyer"),
                tuple("emil@nordwind.example", "purchaser"), tuple("dora@nordwind.example", "purchaser"));
    }

    /** Two clicks reach this page from the company (the Invitations tab, then "Invite members"): three are left. */
    @Test
    void three_people_with_different_roles_are_invited_in_at_most_five_clicks() {
        click(browser.field("Paste a list"));
        browser.field("Paste a list").sendKeys("anna@nordwind.example,Company admin\n"
                + "bert@nordwind.example,company_buyer\ncarl@nordwind.example,purchaser");
        pressCounted("Preview");
        assertThat(browser.text()).contains("3 people will be invited");
        pressCounted("Send");

        assertThat(clicks + 2).isLessThanOrEqualTo(5);
        assertThat(pending()).extracting(InvitationView::email, InvitationView::role).containsExactlyInAnyOrder(
                tuple("anna@nordwind.example", "company_admin"), tuple("bert@nordwind.example", "company_buyer"),
                tuple("carl@nordwind.example", "purchaser"));
        assertThat(pending()).extracting(InvitationView::status).extracting(Enum::name).containsOnly("PENDING");
        assertThat(browser.link("Go to invitations").getAttribute("href"))
                .endsWith("/companies/" + company.id().value() + "/invitations");
    }

    @Test
    void an_unknown_role_in_a_file_is_an_error_on_its_line_and_the_others_are_invited(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("people.csv");
        Files.writeString(file, "email,role\nanna@nordwind.example,Company admin\nbert@nordwind.example,Chief\n"
                + "carl@nordwind.example,company_buyer\n");

        browser.field("Upload a file").sendKeys(file.toString());
        browser.press("Preview");

        assertThat(rows()).containsExactly(
                List.of("File line 2", "anna@nordwind.example", "Company admin", "Will be invited"),
                List.of("File line 3", "bert@nordwind.example", "Chief", "Not invited: unknown role"),
                List.of("File line 4", "carl@nordwind.example", "Company buyer", "Will be invited"));
        browser.checkScreen("invite-preview-en");
        browser.press("Send");

        assertThat(browser.text()).contains("2 people were invited.", "1 line failed.");
        assertThat(rows()).extracting(row -> row.get(3))
                .containsExactly("Invited", "Failed: unknown role", "Invited");
        assertThat(pending()).extracting(InvitationView::email)
                .containsExactlyInAnyOrder("anna@nordwind.example", "carl@nordwind.example");
        assertThat(hidden("failed.1.email")).isEqualTo("bert@nordwind.example");
        assertThat(hidden("failed.1.role")).isEqualTo("Chief");
        assertThat(browser.button("Download failed lines").isDisplayed()).isTrue();
        browser.checkScreen("invite-report-en");
    }

    @Test
    void a_file_is_kept_while_rows_are_added_and_can_be_removed(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("people.txt");
        Files.writeString(file, "anna@nordwind.example\n");

        browser.field("Upload a file").sendKeys(file.toString());
        browser.press("Add another row");

        assertThat(browser.text()).contains("people.txt: 1 line is included.");
        browser.press("Preview");
        assertThat(rows()).containsExactly(
                List.of("File line 1", "anna@nordwind.example", "none", "Not invited: no role given"));
        assertThat(browser.driver().findElements(By.xpath("//button[normalize-space(.)='Send']"))).isEmpty();
        browser.press("Back to edit");
        browser.press("Remove the file");

        assertThat(browser.text()).doesNotContain("people.txt");
    }

    @Test
    void an_empty_submission_is_refused_with_an_error_summary_that_takes_the_focus() {
        browser.press("Preview");

        assertThat(browser.errorSummary())
                .containsExactly("People to invite: enter at least one email, paste a list or upload a file");
        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        assertThat(browser.field("Email 1").getAttribute("aria-invalid")).isEqualTo("true");
        browser.checkScreen("invite-errors-en");
    }

    @Test
    void the_page_speaks_german() {
        browser.press("Deutsch");

        assertThat(browser.text()).contains("Mitglieder einladen", "Liste einfügen", "Datei hochladen");
        browser.checkScreen("invite-empty-de");
        browser.press("Vorschau");
        assertThat(browser.errorSummary()).containsExactly("Einzuladende Personen: Geben Sie mindestens eine "
                + "E-Mail-Adresse ein, fügen Sie eine Liste ein oder laden Sie eine Datei hoch");
        browser.checkScreen("invite-errors-de");

        browser.type("E-Mail 1", "anna@nordwind.example");
        browser.type("Liste einfügen", "bert@nordwind.example,Geschäftsführer");
        browser.checkScreen("invite-filled-de");
        browser.press("Vorschau");
        assertThat(rows()).containsExactly(
                List.of("Eingabezeile 1", "anna@nordwind.example", "Einkäufer", "Wird eingeladen"),
                List.of("Eingefügte Zeile 1", "bert@nordwind.example", "Geschäftsführer",
                        "Nicht eingeladen: unbekannte Rolle"));
        browser.checkScreen("invite-preview-de");
        browser.press("Senden");

        assertThat(browser.text()).contains("1 Person wurde eingeladen.", "1 Zeile ist fehlgeschlagen.");
        browser.checkScreen("invite-report-de");
    }

    @Test
    void the_keyboard_alone_reaches_every_part_and_sends() {
        browser.tabToAndType("Email 1", "anna@nordwind.example");
        browser.tabToAndType("Paste a list", "bert@nordwind.example,Purchaser");
        WebElement file = browser.field("Upload a file");
        browser.tabTo(file);
        assertThat(browser.focused()).isEqualTo(file);
        browser.tabToAndEnter(browser.button("Preview"));
        browser.tabToAndEnter(browser.button("Send"));

        assertThat(pending()).extracting(InvitationView::email)
                .containsExactlyInAnyOrder("anna@nordwind.example", "bert@nordwind.example");
    }

    private String invitePath() {
        return "/companies/" + company.id().value() + "/invitations/new";
    }

    private void click(WebElement element) {
        element.click();
        clicks++;
    }

    private void pressCounted(String button) {
        clicks++;
        browser.press(button);
    }

    /** The cells of the lines table, row by row. */
    private List<List<String>> rows() {
        return browser.driver().findElements(By.cssSelector(".invite-lines tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    private String hidden(String name) {
        return browser.driver().findElement(By.name(name)).getAttribute("value");
    }

    private List<InvitationView> pending() {
        return site.system.useCases().invitations().list().list(site.admin(),
                ListInvitationsQuery.all(company.id()).withStatus("PENDING")).items();
    }
}
