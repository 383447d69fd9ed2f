package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Back Office's flows so far with JavaScript switched off: plain links and forms carry all of them. */
class WithoutJavaScriptBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CustomerGroupView group = site.data().customerGroup();
    private final UserView representative = site.data().salesRepresentative();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void sign_in_create_a_company_find_it_by_tax_id_edit_it_and_log_out() {
        browser.open(site.url("/"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/companies");

        browser.follow("Create");
        browser.type("Name", "Nordwind Logistik GmbH");
        browser.type("Tax ID", "DE123456788");
        browser.choose("Customer group", group.name());
        browser.choose("Sales representative", representative.firstName() + " " + representative.lastName());
        browser.press("Create");
        assertThat(browser.banner()).contains("The company has been created.");

        browser.follow("Companies");
        site.company("Südwind AG", representative);
        browser.type("Search by name or tax ID", "DE123456788");
        browser.press("Apply");
        assertThat(names()).containsExactly("Nordwind Logistik GmbH");

        browser.follow("Nordwind Logistik GmbH");
        browser.follow("Edit");
        browser.type("Website", "https://nordwind.example");
        browser.press("Save");
        assertThat(browser.banner()).contains("Your changes have been saved.");
        CompanyView saved = site.system.useCases().companies().list().list(site.admin(),
                ListCompaniesQuery.all().withText("Nordwind")).items().get(0);
        assertThat(saved.website()).contains("https://nordwind.example");

        browser.press("Log out");
        assertThat(browser.path()).isEqualTo("/login");
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("tbody tr td.name a")).stream()
                .map(WebElement::getText).toList();
    }
}
