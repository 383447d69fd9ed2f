package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.group.CustomerGroupView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The first company of a fresh installation, which has an administrator and nothing else: no customer group, no
 * sales representative. Where the seed's Back Office sends staff to Admin first, ours takes one screen.
 */
class FirstCompanyBrowserTest {

    /** After sign-in, creating the first company takes at most this many clicks (typing aside). */
    private static final int CLICK_BUDGET = 8;

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private int clicks;

    @BeforeEach
    void signIn() {
        browser.forgetEverything();
        browser.open(site.url("/"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_first_company_and_its_customer_group_take_one_screen_and_at_most_eight_clicks() {
        follow("Create the first company");
        browser.checkScreen("company-create-first-en");
        typeAfterClick("Name", "Nordwind Logistik GmbH");
        typeAfterClick("Tax ID", "DE123456788");
        typeAfterClick("New customer group", "Großhandel");
        press("Create");

        assertThat(clicks).isLessThanOrEqualTo(CLICK_BUDGET);
        assertThat(browser.heading()).isEqualTo("Nordwind Logistik GmbH");
        CompanyView company = onlyCompany();
        assertThat(groups()).singleElement().satisfies(group -> {
            assertThat(group.id()).isEqualTo(company.customerGroupId());
            assertThat(group.name()).isEqualTo("Großhandel");
        });
        assertThat(company.salesRepresentativeId()).as("the administrator represents it")
                .isEqualTo(site.admin().userId());
    }

    @Test
    void a_refused_company_keeps_the_group_name_typed_and_stores_no_group() {
        browser.open(site.url("/companies/new"));
        browser.type("New customer group", "Großhandel");
        browser.press("Create");

        assertThat(browser.errorSummary()).contains("Name: enter a value", "Tax ID: enter a value");
        assertThat(browser.field("New customer group").getAttribute("value")).isEqualTo("Großhandel");
        assertThat(groups()).isEmpty();
    }

    @Test
    void without_a_group_name_the_form_asks_for_one_in_german() {
        browser.open(site.url("/companies/new"));
        browser.press("Deutsch");
        browser.type("Name", "Nordwind Logistik GmbH");
        browser.type("Steuernummer", "DE123456788");
        browser.press("Anlegen");

        assertThat(browser.errorSummary()).containsExactly("Neue Kundengruppe: Geben Sie einen Wert ein");
        assertThat(browser.text()).contains("Es gibt noch keine Kundengruppe.");
        browser.checkScreen("company-create-first-errors-de");
    }

    private void follow(String linkText) {
        clicks++;
        browser.follow(linkText);
    }

    private void press(String buttonText) {
        clicks++;
        browser.press(buttonText);
    }

    private void typeAfterClick(String label, String text) {
        WebElement field = browser.field(label);
        clicks++;
        field.click();
        field.sendKeys(text);
    }

    private List<CustomerGroupView> groups() {
        return site.system.useCases().customerGroups().list().list(site.admin());
    }

    private CompanyView onlyCompany() {
        var companies = site.system.useCases().companies().list().list(site.admin(), ListCompaniesQuery.all()).items();
        assertThat(companies).hasSize(1);
        return companies.get(0);
    }
}
