package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Members › Companies: bulk actions on the companies ticked, in a real headless Chromium. */
class CompanyBulkBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void two_companies_are_deactivated_after_a_confirmation_naming_both_and_the_list_keeps_its_filters() {
        CompanyView nordwind = site.company("Nordwind Logistik", representative);
        CompanyView suedwind = site.company("Südwind AG", representative);
        CompanyView westwind = site.company("Westwind KG", representative);
        signInAsAdministrator();
        browser.choose("Status", "Active");
        browser.press("Apply");

        tick("Nordwind Logistik");
        tick("Südwind AG");
        browser.checkScreen("companies-bulk-en");
        browser.press("Deactivate");

        assertThat(browser.heading()).isEqualTo("Deactivate 2 companies?");
        assertThat(listed()).containsExactly("Nordwind Logistik", "Südwind AG");
        assertThat(browser.text()).contains("Their members can no longer log in");
        assertThat(site.company(nordwind).status()).as("nothing changes before the confirmation")
                .isEqualTo(CompanyStatus.ACTIVE);
        browser.checkScreen("companies-bulk-confirm-en");
        browser.press("Deactivate 2 companies");

        assertThat(browser.heading()).isEqualTo("Deactivating companies: the result");
        assertThat(report()).containsExactly("Nordwind Logistik Deactivated", "Südwind AG Deactivated");
        assertThat(browser.banner()).contains("2 companies were changed.");
        browser.checkScreen("companies-bulk-report-en");
        browser.follow("Back to the companies");

        assertThat(browser.url()).contains("status=ACTIVE");
        assertThat(names()).containsExactly("Westwind KG");
        browser.choose("Status", "All");
        browser.press("Apply");
        assertThat(status("Nordwind Logistik")).isEqualTo("Deactivated");
        assertThat(status("Südwind AG")).isEqualTo("Deactivated");
        assertThat(status("Westwind KG")).isEqualTo("Active");
        assertThat(site.company(suedwind).status()).isEqualTo(CompanyStatus.DEACTIVATED);
        assertThat(site.company(westwind).status()).isEqualTo(CompanyStatus.ACTIVE);
    }

    @Test
    void the_bulk_bar_the_confirmation_and_the_result_speak_german() {
        site.company("Nordwind Logistik", representative);
        signInAsAdministrator();
        browser.press("Deutsch");

        tick("Nordwind Logistik", "auswählen");
        browser.checkScreen("companies-bulk-de");
        browser.press("Deaktivieren");
        assertThat(browser.heading()).isEqualTo("1 Unternehmen deaktivieren?");
        browser.checkScreen("companies-bulk-confirm-de");
        browser.press("1 Unternehmen deaktivieren");

        assertThat(report()).containsExactly("Nordwind Logistik Deaktiviert");
        assertThat(browser.banner()).contains("1 Unternehmen wurde geändert.");
        browser.checkScreen("companies-bulk-report-de");
    }

    @Test
    void a_sales_representative_is_assigned_to_the_companies_ticked_without_a_question() {
        UserView colleague = site.data().salesRepresentative();
        CompanyView nordwind = site.company("Nordwind Logistik", representative);
        CompanyView suedwind = site.company("Südwind AG", representative);
        signInAsAdministrator();

        tick("Nordwind Logistik");
        tick("Südwind AG");
        browser.choose("New sales representative", nameOf(colleague));
        browser.press("Assign sales representative");

        assertThat(browser.heading()).isEqualTo("Assigning a sales representative: the result");
        assertThat(report()).containsExactly("Nordwind Logistik Sales representative assigned",
                "Südwind AG Sales representative assigned");
        assertThat(site.company(nordwind).salesRepresentativeId()).isEqualTo(colleague.id());
        assertThat(site.company(suedwind).salesRepresentativeId()).isEqualTo(colleague.id());
        browser.follow("Back to the companies");
        assertThat(representative("Nordwind Logistik")).isEqualTo(nameOf(colleague));
        assertThat(representative("Südwind AG")).isEqualTo(nameOf(colleague));
    }

    @Test
    void a_company_refused_is_named_with_its_reason_while_the_others_are_changed() {
        UserView colleague = site.data().salesRepresentative();
        CompanyView eigene = site.company("Eigene GmbH", representative);
        CompanyView abgegebene = site.company("Abgegebene GmbH", representative);
        CustomerGroupView wholesale = site.data().customerGroup();
        browser.open(site.url("/"));
        browser.signIn(representative.email(), BackOfficeSite.PASSWORD);
        tick("Eigene GmbH");
        tick("Abgegebene GmbH");
        // Meanwhile an administrator hands one of them to a colleague, out of this representative's sight.
        site.system.useCases().companies().update().update(site.admin(), UpdateCompanyCommand.of(abgegebene.id())
                .withSalesRepresentativeId(colleague.id().value().toString()));

        browser.choose("New customer group", wholesale.name());
        browser.press("Assign customer group");

        assertThat(report()).containsExactly("A company you cannot see Not reassigned: the company does not exist,"
                + " or you may not see it.", "Eigene GmbH Customer group assigned");
        assertThat(browser.banner()).hasValueSatisfying(b -> assertThat(b)
                .contains("1 company was changed.", "1 company was refused."));
        assertThat(site.company(eigene).customerGroupId()).isEqualTo(wholesale.id());
        assertThat(site.company(abgegebene).customerGroupId()).isEqualTo(abgegebene.customerGroupId());
        browser.checkScreen("companies-bulk-report-refused-en");
    }

    @Test
    void companies_are_ticked_and_deactivated_with_the_keyboard_alone() {
        CompanyView nordwind = site.company("Nordwind Logistik", representative);
        signInAsAdministrator();

        browser.tabTo(browser.field("Select Nordwind Logistik"));
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(browser.field("Select Nordwind Logistik").isSelected()).isTrue();
        // The bulk bar follows the table: on to it with Tab, a few steps after the last company.
        WebElement deactivate = browser.button("Deactivate");
        for (int i = 0; i < 5 && !deactivate.equals(browser.focused()); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.focused()).isEqualTo(deactivate);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(deactivate));
        assertThat(browser.heading()).isEqualTo("Deactivate 1 company?");
        browser.tabToAndEnter(browser.button("Deactivate 1 company"));

        assertThat(report()).containsExactly("Nordwind Logistik Deactivated");
        browser.tabToAndEnter(browser.link("Back to the companies"));
        assertThat(status("Nordwind Logistik")).isEqualTo("Deactivated");
        assertThat(site.company(nordwind).status()).isEqualTo(CompanyStatus.DEACTIVATED);
    }

    @Test
    void the_companies_come_first_in_view_and_the_bulk_bar_follows_them() {
        site.company("Nordwind Logistik", representative);
        site.company("Südwind AG", representative);
        signInAsAdministrator();

        WebElement table = browser.driver().findElement(By.tagName("table"));
        WebElement bar = browser.driver().findElement(By.xpath(
                "//fieldset[legend[normalize-space(.)='With the selected companies']]"));
        WebElement lastRow = browser.driver().findElement(By.cssSelector("tbody tr:last-child"));
        long viewport = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight;");

        assertThat(bar.getRect().getY()).isGreaterThanOrEqualTo(table.getRect().getY()
                + table.getRect().getHeight());
        assertThat((long) lastRow.getRect().getY() + lastRow.getRect().getHeight()).as("the rows, unscrolled")
                .isLessThanOrEqualTo(viewport);
        browser.checkScreen("companies-bulk-bar-below-en");
    }

    @Test
    void all_companies_on_the_page_are_selected_at_once_and_activated_again() {
        site.company("Nordwind Logistik", representative);
        site.company("Südwind AG", representative);
        signInAsAdministrator();
        browser.follow("Select all on this page");
        assertThat(browser.field("Select Nordwind Logistik").isSelected()).isTrue();
        browser.press("Deactivate");
        browser.press("Deactivate 2 companies");
        browser.follow("Back to the companies");
        browser.follow("Select all on this page");

        browser.press("Activate");
        assertThat(browser.heading()).isEqualTo("Activate 2 companies?");
        browser.press("Activate 2 companies");

        assertThat(report()).containsExactly("Nordwind Logistik Activated", "Südwind AG Activated");
        browser.follow("Back to the companies");
        assertThat(status("Nordwind Logistik")).isEqualTo("Active");
        assertThat(browser.link("Select all on this page").isDisplayed()).isTrue();
    }

    @Test
    void an_action_without_a_company_or_without_its_choice_says_what_is_missing_and_changes_nothing() {
        CompanyView nordwind = site.company("Nordwind Logistik", representative);
        signInAsAdministrator();

        browser.press("Deactivate");
        assertThat(browser.errorSummary()).containsExactly("Select at least one company.");

        tick("Nordwind Logistik");
        browser.press("Assign customer group");
        assertThat(browser.errorSummary()).containsExactly("New customer group: choose one of the list");
        assertThat(browser.field("Select Nordwind Logistik").isSelected()).as("the selection is kept").isTrue();
        browser.checkScreen("companies-bulk-missing-choice-en");
        assertThat(site.company(nordwind)).isEqualTo(nordwind);
    }

    private void signInAsAdministrator() {
        browser.open(site.url("/"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    private void tick(String company) {
        browser.field("Select " + company).click();
    }

    private void tick(String company, String verb) {
        browser.field(company + " " + verb).click();
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("tbody tr td.name a")).stream()
                .map(WebElement::getText).toList();
    }

    private String status(String company) {
        return browser.driver().findElement(By.xpath("//tr[td/a[normalize-space(.)='" + company + "']]"
                + "//span[contains(@class,'status')]")).getText();
    }

    private String representative(String company) {
        return browser.driver().findElement(By.xpath("//tr[td/a[normalize-space(.)='" + company + "']]/td[5]"))
                .getText();
    }

    private List<String> listed() {
        return browser.driver().findElements(By.cssSelector(".bulk-names li")).stream().map(WebElement::getText)
                .toList();
    }

    private List<String> report() {
        return browser.driver().findElements(By.cssSelector(".bulk-report tbody tr")).stream()
                .map(row -> row.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    private static String nameOf(UserView user) {
        return user.firstName() + " " + user.lastName();
    }
}
