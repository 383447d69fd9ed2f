package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Members › Companies: finding companies, in a real headless Chromium. */
class CompanyListBrowserTest {

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
    void staff_land_on_the_companies_which_say_what_to_do_while_there_are_none() {
        signInAsAdministrator();

        assertThat(browser.path()).isEqualTo("/companies");
        assertThat(browser.text()).contains("There are no companies yet.");
        browser.checkScreen("companies-empty-en");
        browser.follow("Create the first company");
        assertThat(browser.heading()).isEqualTo("Create company");
    }

    @Test
    void a_company_is_found_by_its_tax_id_and_the_search_stays_in_the_address() {
        site.company("Nordwind Logistik", representative);
        CompanyView wanted = site.company("Südwind AG", representative);
        signInAsAdministrator();
        assertThat(names()).containsExactly("Nordwind Logistik", "Südwind AG");
        assertThat(browser.text()).contains("2 companies");
        browser.checkScreen("companies-filled-en");

        browser.type("Search by name or tax ID", wanted.taxId());
        browser.press("Apply");

        assertThat(names()).containsExactly("Südwind AG");
        assertThat(browser.url()).contains("q=" + wanted.taxId());
        browser.open(browser.url());
        assertThat(browser.field("Search by name or tax ID").getAttribute("value")).isEqualTo(wanted.taxId());
        assertThat(names()).containsExactly("Südwind AG");
    }

    @Test
    void filters_that_match_nothing_say_so_and_offer_to_clear_them() {
        site.company("Nordwind Logistik", representative);
        signInAsAdministrator();

        browser.choose("Status", "Deactivated");
        browser.press("Apply");

        assertThat(browser.text()).contains("No company matches these filters.");
        browser.checkScreen("companies-filtered-to-nothing-en");
        browser.press("Deutsch");
        assertThat(browser.text()).contains("Kein Unternehmen passt zu diesen Filtern.");
        browser.checkScreen("companies-filtered-to-nothing-de");
        browser.follow("Filter zurücksetzen");
        assertThat(names()).containsExactly("Nordwind Logistik");
    }

    @Test
    void pages_go_forward_and_back_and_the_name_column_sorts_both_ways() {
        for (int i = 1; i <= 27; i++) {
            site.company(String.format("Firma %02d", i), representative);
        }
        signInAsAdministrator();
        browser.choose("Companies per page", "25");
        browser.press("Apply");
        assertThat(names()).hasSize(25).startsWith("Firma 01");

        browser.follow("Next page");
        assertThat(names()).containsExactly("Firma 26", "Firma 27");
        browser.follow("Previous page");
        assertThat(names()).hasSize(25).startsWith("Firma 01");

        browser.follow("Name");
        assertThat(names()).startsWith("Firma 27", "Firma 26");
        assertThat(browser.driver().findElement(By.xpath("//th[a[normalize-space(.)='Name']]"))
                .getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void a_sales_representative_sees_only_the_companies_they_represent() {
        site.company("Nordwind Logistik", representative);
        site.company("Südwind AG", site.data().salesRepresentative());
        browser.open(site.url("/"));

        browser.signIn(representative.email(), BackOfficeSite.PASSWORD);

        assertThat(names()).containsExactly("Nordwind Logistik");
    }

    private void signInAsAdministrator() {
        browser.open(site.url("/"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("tbody tr td.name a")).stream()
                .map(WebElement::getText).toList();
    }
}
