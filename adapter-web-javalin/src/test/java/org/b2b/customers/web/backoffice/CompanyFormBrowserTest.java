package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Creating and editing a company in the Back Office, in a real headless Chromium. */
class CompanyFormBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CustomerGroupView group = site.data().customerGroup();
    private final UserView representative = site.data().salesRepresentative();

    @BeforeEach
    void signIn() {
        browser.forgetEverything();
        browser.open(site.url("/companies/new"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void a_company_is_created_with_its_billing_address_and_its_summary_says_so() {
        browser.checkScreen("company-create-en");

        fillIn("Nordwind Logistik GmbH", "DE 123.456.788");
        browser.type("Addressee", "Nordwind Logistik GmbH, Buchhaltung");
        browser.type("Street", "Hafenstraße 1");
        browser.type("Postal code", "20457");
        browser.type("City", "Hamburg");
        browser.choose("Country", "Germany");
        browser.press("Create");

        assertThat(browser.heading()).isEqualTo("Nordwind Logistik GmbH");
        assertThat(browser.banner()).contains("The company has been created.");
        assertThat(browser.text()).contains("DE123456788");
        CompanyView created = onlyCompany();
        assertThat(created.billingAddress()).hasValueSatisfying(address -> {
            assertThat(address.city()).isEqualTo("Hamburg");
            assertThat(address.country()).isEqualTo("DE");
        });
        assertThat(created.salesRepresentativeId()).isEqualTo(representative.id());
        browser.checkScreen("company-summary-en");
    }

    @Test
    void wrong_fields_are_listed_at_the_top_and_beside_each_field_and_every_value_is_kept() {
        browser.type("Name", "Nordwind Logistik GmbH");
        browser.type("Tax ID", "DE12");
        browser.type("Website", "not a web address");
        browser.type("City", "Hamburg");
        browser.press("Create");

        assertThat(browser.errorSummary()).contains("Tax ID: this is not the format of a VAT number of that country",
                "Customer group: choose one", "Street: enter a value");
        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        assertThat(browser.field("Name").getAttribute("value")).isEqualTo("Nordwind Logistik GmbH");
        assertThat(browser.field("Website").getAttribute("value")).isEqualTo("not a web address");
        assertThat(browser.field("City").getAttribute("value")).isEqualTo("Hamburg");
        assertThat(browser.field("Tax ID").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(site.system.useCases().companies().list().list(site.admin(), ListCompaniesQuery.all()).items())
                .isEmpty();
        browser.checkScreen("company-create-errors-en");
    }

    @Test
    void a_tax_id_another_company_has_is_refused_beside_the_field() {
        CompanyView other = site.company("Südwind AG", representative);

        fillIn("Nordwind Logistik GmbH", other.taxId());
        browser.press("Create");

        assertThat(browser.errorSummary()).containsExactly("Tax ID: another company has this tax ID already");
    }

    @Test
    void an_edit_saved_by_someone_else_meanwhile_keeps_what_was_typed_and_shows_theirs() {
        CompanyView company = site.company("Nordwind Logistik", representative);
        browser.open(site.url("/companies/" + company.id().value() + "/edit"));
        site.system.useCases().companies().update().update(site.admin(),
                UpdateCompanyCommand.of(company.id()).withWebsite("https://nordwind.example"));

        browser.type("Name", "Nordwind Logistik SE");
        browser.press("Save");

        assertThat(browser.text()).contains("Someone else changed this company", "https://nordwind.example");
        assertThat(browser.field("Name").getAttribute("value")).isEqualTo("Nordwind Logistik SE");
        assertThat(site.company(company).name()).isEqualTo("Nordwind Logistik");
        browser.checkScreen("company-edit-stale-en");

        browser.press("Save");

        assertThat(browser.banner()).contains("Your changes have been saved.");
        assertThat(site.company(company).name()).isEqualTo("Nordwind Logistik SE");
    }

    @Test
    void the_form_speaks_german() {
        browser.press("Deutsch");

        assertThat(browser.heading()).isEqualTo("Unternehmen anlegen");
        browser.press("Anlegen");
        assertThat(browser.errorSummary()).contains("Name: Geben Sie einen Wert ein");
        browser.checkScreen("company-create-errors-de");
    }

    @Test
    void the_keyboard_alone_creates_a_company() {
        browser.tabToAndType("Name", "Nordwind Logistik GmbH");
        browser.tabToAndType("Tax ID", "DE123456788");
        browser.tabTo(browser.field("Customer group"));
        browser.field("Customer group").sendKeys(group.name());
        browser.tabToAndEnter(browser.button("Create"));

        assertThat(browser.heading()).isEqualTo("Nordwind Logistik GmbH");
        assertThat(onlyCompany().customerGroupId()).isEqualTo(group.id());
    }

    private void fillIn(String name, String taxId) {
        browser.type("Name", name);
        browser.type("Tax ID", taxId);
        browser.choose("Customer group", group.name());
        browser.choose("Sales representative", representative.firstName() + " " + representative.lastName());
    }

    private CompanyView onlyCompany() {
        var companies = site.system.useCases().companies().list().list(site.admin(), ListCompaniesQuery.all()).items();
        assertThat(companies).hasSize(1);
        return companies.get(0);
    }
}
