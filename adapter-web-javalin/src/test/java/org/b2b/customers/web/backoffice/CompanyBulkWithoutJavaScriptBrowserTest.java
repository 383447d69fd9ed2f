package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.company.CompanyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Bulk actions on Members › Companies with JavaScript switched off: the list is a form, and so is every step. */
class CompanyBulkWithoutJavaScriptBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void companies_are_selected_deactivated_after_the_question_and_the_list_comes_back_filtered() {
        CompanyView nordwind = site.company("Nordwind Logistik", representative);
        CompanyView suedwind = site.company("Südwind AG", representative);
        site.company("Westwind KG", site.data().salesRepresentative());
        browser.open(site.url("/"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
        browser.choose("Sales representative", representative.firstName() + " " + representative.lastName());
        browser.press("Apply");

        browser.follow("Select all on this page");
        assertThat(browser.field("Select Nordwind Logistik").isSelected()).isTrue();
        assertThat(browser.field("Select Südwind AG").isSelected()).isTrue();
        browser.press("Deactivate");
        assertThat(browser.heading()).isEqualTo("Deactivate 2 companies?");
        browser.press("Deactivate 2 companies");

        assertThat(report()).containsExactly("Nordwind Logistik Deactivated", "Südwind AG Deactivated");
        browser.follow("Back to the companies");
        assertThat(names()).containsExactly("Nordwind Logistik", "Südwind AG");
        assertThat(site.company(nordwind).status()).isEqualTo(CompanyStatus.DEACTIVATED);
        assertThat(site.company(suedwind).status()).isEqualTo(CompanyStatus.DEACTIVATED);
    }

    @Test
    void a_customer_group_is_assigned_to_one_company_ticked() {
        CompanyView nordwind = site.company("Nordwind Logistik", representative);
        var group = site.data().customerGroup();
        browser.open(site.url("/"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);

        browser.field("Select Nordwind Logistik").click();
        browser.choose("New customer group", group.name());
        browser.press("Assign customer group");

        assertThat(report()).containsExactly("Nordwind Logistik Customer group assigned");
        assertThat(site.company(nordwind).customerGroupId()).isEqualTo(group.id());
    }

    private List<String> names() {
        return browser.driver().findElements(By.cssSelector("tbody tr td.name a")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> report() {
        return browser.driver().findElements(By.cssSelector(".bulk-report tbody tr")).stream()
                .map(row -> row.getText().replaceAll("\\s+", " ").strip()).toList();
    }
}
