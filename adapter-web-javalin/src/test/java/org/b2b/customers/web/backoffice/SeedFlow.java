package org.b2b.customers.web.backoffice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.web.page.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed's whole flow in the Back Office, in one go: sign in, create a company with its billing address, find it by
 * tax ID, invite two people typed and three by a file with one bad line, copy a link and register with it in a fresh
 * browser, see the new member, make them contact person, fail to remove them (with the reason), change their role,
 * re-send one invitation and revoke another, add a shipping address, and read the orders and the history. Each
 * subclass does it in one way: with the mouse, with JavaScript off, or with the keyboard alone.
 */
abstract class SeedFlow {

    private static final String COMPANY = "Nordwind Logistik GmbH";
    private static final String TAX_ID = "DE123456788";
    private static final String NEWCOMER_PASSWORD = "a long and unguessable passphrase of Bert's";

    final BackOfficeSite site = new BackOfficeSite();
    private final CustomerGroupView group = site.data().customerGroup();
    private final UserView representative = site.data().salesRepresentative();

    @TempDir
    Path files;

    /** The browser of the subclass, started with or without JavaScript. */
    abstract Browser browser();

    /** Whether this way uses the keyboard alone: Tab to each control, Enter to use it. */
    abstract boolean keyboardOnly();

    abstract boolean javascript();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_seeds_flow_from_sign_in_to_history() throws Exception {
        Browser b = browser();
        b.forgetEverything();
        b.open(site.url("/"));
        type("Email", BackOfficeSite.ADMIN_EMAIL);
        type("Password", BackOfficeSite.ADMIN_PASSWORD);
        use(b.button("Log in"));

        use(b.link("Create"));
        type("Name", COMPANY);
        type("Tax ID", TAX_ID);
        choose("Customer group", group.name());
        choose("Sales representative", representative.firstName() + " " + representative.lastName());
        type("Addressee", COMPANY + ", Buchhaltung");
        type("Street", "Hafenstraße 1");
        type("Postal code", "20457");
        type("City", "Hamburg");
        choose("Country", "Germany");
        use(b.button("Create"));
        assertThat(b.heading()).isEqualTo(COMPANY);
        CompanyId company = CompanyId.parse("id", b.path().substring(b.path().lastIndexOf('/') + 1));

        use(b.link("Companies"));
        type("Search by name or tax ID", TAX_ID);
        use(b.button("Apply"));
        assertThat(b.url()).contains("q=" + TAX_ID);
        use(b.link(COMPANY));
        assertThat(b.heading()).isEqualTo(COMPANY);

        use(b.link("Invitations"));
        use(b.link("Invite members"));
        type("Email 1", "anna@nordwind.example");
        choose("Role 1", "Company admin");
        type("Email 2", "bert@nordwind.example");
        choose("Role 2", "Company buyer");
        Path file = files.resolve("people.csv");
        Files.writeString(file, "carl@nordwind.example,Company buyer\ndora@nordwind.example,company_buyer\n"
                + "emil@nordwind.example,Chief executive\n", UTF_8);
        attach("Upload a file", file);
        use(b.button("Preview"));
        assertThat(b.text()).contains("4 people will be invited", "1 line will not be invited",
                "Not invited: unknown role");
        assertThat(invitations(company)).as("nothing is sent before Send").isEmpty();
        use(b.button("Send"));
        assertThat(b.text()).contains("4 people were invited.", "1 line failed.", "Failed: unknown role");
        assertThat(invitations(company)).extracting(InvitationView::email).containsExactlyInAnyOrder(
                "anna@nordwind.example", "bert@nordwind.example", "carl@nordwind.example", "dora@nordwind.example");

        use(b.link("Go to invitations"));
        String link = copyLink("bert@nordwind.example");
        registerInAFreshBrowser(link);

        use(b.link("Members"));
        assertThat(b.text()).contains("Bert Becker", "bert@nordwind.example");

        use(b.link("Company profile"));
        choose("Contact person", "Bert Becker (bert@nordwind.example)");
        use(b.button("Save contact person"));
        assertThat(site.company(companyView(company)).contactPersonMemberId()).contains(bert(company).id());

        use(b.link("Members"));
        use(b.link("Remove Bert Becker"));
        use(b.button("Remove"));
        assertThat(b.text()).contains("Bert Becker was not removed",
                "This member is the company's contact person and cannot be removed.");
        // Post/redirect/get: the refusal is told at the tab's own address, which a reload shows again.
        assertThat(b.path()).isEqualTo("/companies/" + company.value() + "/members");
        b.reload();
        assertThat(b.text()).contains("Bert Becker was not removed");
        assertThat(members(company)).extracting(MemberView::email).contains("bert@nordwind.example");

        use(b.link("Members"));
        use(b.link("Edit Bert Becker"));
        choose("Role", "Company admin");
        use(b.button("Save"));
        assertThat(bert(company).role()).isEqualTo("company_admin");

        use(b.link("Invitations"));
        use(inRow("carl@nordwind.example", "//button[normalize-space(.)='Re-send']"));
        assertThat(invitation(company, "carl@nordwind.example").sendCount()).isEqualTo(2);
        use(inRow("dora@nordwind.example", "//a[normalize-space(.)='Revoke']"));
        assertThat(b.text()).contains("dora@nordwind.example", COMPANY);
        use(b.button("Revoke"));
        assertThat(invitation(company, "dora@nordwind.example").status().name()).isEqualTo("REVOKED");

        use(b.link("Address book"));
        use(b.link("Add a shipping address"));
        type("Addressee", "Nordwind Lager Süd");
        type("Street", "Lagerweg 2");
        type("Postal code", "80331");
        type("City", "München");
        choose("Country", "Germany");
        use(b.button("Add address"));
        assertThat(b.text()).contains("Shipping addresses", "Nordwind Lager Süd", "München");

        site.data().order(company, "SO-1001", "1234.50", "EUR");
        use(b.link("Orders"));
        assertThat(b.text()).contains("SO-1001", "€1,234.50");

        use(b.link("History"));
        assertThat(b.text()).contains("Company created", "Invitation sent", "Invitation accepted",
                "Contact person chosen", "Member edited", "Invitation re-sent", "Invitation revoked", "Address added");
    }

    /** The registration link of an invitation, as staff get it: copied by the script, or read off its own page. */
    private String copyLink(String email) {
        Browser b = browser();
        WebElement copy = inRow(email, "//a[normalize-space(.)='Copy link']");
        if (!javascript()) {
            use(copy);
            String link = b.field("Registration link for " + email).getAttribute("value");
            use(b.link("Back to the invitations"));
            return link;
        }
        ((ChromeDriver) b.driver()).executeCdpCommand("Browser.grantPermissions", Map.of("origin", site.url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        if (keyboardOnly()) {
            b.tabTo(copy);
            copy.sendKeys(Keys.ENTER);
        } else {
            copy.click();
        }
        new WebDriverWait(b.driver(), Duration.ofSeconds(5))
                .until(driver -> driver.findElement(By.id("copy-status")).getText().equals("Link copied"));
        return (String) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], function () { arguments[0](null); });");
    }

    /** The invited person opens the link in a browser of their own, never signed in here, and registers. */
    private void registerInAFreshBrowser(String link) {
        WebDriver fresh = HeadlessChromium.start(files.resolve("fresh-profile"), javascript());
        try {
            fresh.get(site.url(URI.create(link).getPath()));
            fresh.findElement(By.id("firstName")).sendKeys("Bert");
            fresh.findElement(By.id("lastName")).sendKeys("Becker");
            fresh.findElement(By.id("password")).sendKeys(NEWCOMER_PASSWORD);
            fresh.findElement(By.id("passwordConfirmation")).sendKeys(NEWCOMER_PASSWORD);
            fresh.findElement(By.xpath("//button[normalize-space(.)='Join the company']")).click();
            // The form's heading may be found just before the answer replaces it: stale means "not yet".
            new WebDriverWait(fresh, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.tagName("h1")).getText().startsWith("Welcome to"));
            assertThat(fresh.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome to " + COMPANY);
        } finally {
            fresh.quit();
        }
    }

    private WebElement inRow(String email, String control) {
        return browser().driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + email + "']]" + control));
    }

    /** Uses a link or button that leads to another page: a click, or Tab to it and Enter. */
    private void use(WebElement control) {
        if (keyboardOnly()) {
            browser().tabToAndEnter(control);
        } else {
            browser().clickThrough(control);
        }
    }

    private void type(String label, String text) {
        if (keyboardOnly()) {
            browser().tabToAndType(label, text);
        } else {
            WebElement field = browser().field(label);
            field.click();
            field.clear();
            field.sendKeys(text);
        }
    }

    private void choose(String label, String option) {
        WebElement select = browser().field(label);
        if (keyboardOnly()) {
            browser().tabTo(select);
            select.sendKeys(option);
            assertThat(new Select(select).getFirstSelectedOption().getText()).as(label).isEqualTo(option);
        } else {
            select.click();
            new Select(select).selectByVisibleText(option);
        }
    }

    /** A file input is reached like any field: by Tab, or by a click on its drop zone. */
    private void attach(String label, Path file) {
        WebElement input = browser().field(label);
        if (keyboardOnly()) {
            browser().tabTo(input);
        }
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private CompanyView companyView(CompanyId id) {
        return site.system.useCases().companies().get().get(site.admin(), id);
    }

    private List<InvitationView> invitations(CompanyId company) {
        return site.system.useCases().invitations().list().list(site.admin(), ListInvitationsQuery.all(company))
                .items();
    }

    private InvitationView invitation(CompanyId company, String email) {
        return invitations(company).stream().filter(i -> i.email().equals(email)).findFirst().orElseThrow();
    }

    private List<MemberView> members(CompanyId company) {
        return site.system.useCases().members().list().list(site.admin(), ListMembersQuery.of(company)).items();
    }

    private MemberView bert(CompanyId company) {
        return members(company).stream().filter(m -> m.email().equals("bert@nordwind.example")).findFirst()
                .orElseThrow();
    }
}
