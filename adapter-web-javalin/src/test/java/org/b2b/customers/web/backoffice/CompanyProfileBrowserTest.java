package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.member.UpdateMemberCommand;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The Company profile tab in the Back Office: billing information and the contact person, in headless Chromium. */
class CompanyProfileBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);

    @BeforeEach
    void signIn() {
        browser.forgetEverything();
        browser.open(site.url("/companies/" + company.id().value() + "/profile"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_contact_person_is_chosen_among_the_active_members_only_and_the_summary_shows_it() {
        MemberView anna = member("company_admin");
        MemberView disabled = disable(member("company_buyer"));
        MemberView carla = member("company_buyer");
        browser.open(site.url("/companies/" + company.id().value() + "/profile"));

        assertThat(browser.text()).contains("Billing information", "Accounts payable", "Hauptstraße 1", "10115",
                "Berlin", "Germany", "invoices@buyer.example", "No contact person has been chosen yet.");
        assertThat(options()).containsExactly("Choose …", choice(anna), choice(carla))
                .doesNotContain(choice(disabled));
        browser.checkScreen("company-profile-en");

        browser.choose("Contact person", choice(carla));
        browser.press("Save contact person");

        assertThat(browser.banner()).contains("The contact person has been changed.");
        assertThat(site.company(company).contactPersonMemberId()).contains(carla.id());
        assertThat(browser.text()).contains(name(carla), carla.email());
        assertThat(browser.chosen("Contact person")).isEqualTo(choice(carla));
        browser.follow("Summary");
        assertThat(browser.text()).contains(name(carla));
    }

    @Test
    void a_member_disabled_meanwhile_is_refused_beside_the_select_and_nothing_changes() {
        MemberView anna = member("company_admin");
        MemberView bert = member("company_buyer");
        browser.open(site.url("/companies/" + company.id().value() + "/profile"));
        browser.choose("Contact person", choice(bert));
        disable(bert);

        browser.press("Save contact person");

        assertThat(browser.errorSummary()).containsExactly(
                "Contact person: this member is disabled; choose an active member");
        assertThat(browser.focused().getAttribute("class")).contains("error-summary");
        assertThat(browser.field("Contact person").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(options()).containsExactly("Choose …", choice(anna));
        assertThat(site.company(company).contactPersonMemberId()).isEmpty();
        browser.checkScreen("company-profile-errors-en");
    }

    @Test
    void a_company_changed_meanwhile_keeps_the_choice_and_saves_it_the_second_time() {
        member("company_admin");
        MemberView bert = member("company_buyer");
        browser.open(site.url("/companies/" + company.id().value() + "/profile"));
        site.system.useCases().companies().update().update(site.admin(),
                UpdateCompanyCommand.of(company.id()).withWebsite("https://nordwind.example"));

        browser.choose("Contact person", choice(bert));
        browser.press("Save contact person");

        assertThat(browser.errorSummary()).singleElement().asString().startsWith("Someone else changed this company");
        assertThat(browser.chosen("Contact person")).isEqualTo(choice(bert));
        assertThat(site.company(company).contactPersonMemberId()).isEmpty();

        browser.press("Save contact person");

        assertThat(browser.banner()).contains("The contact person has been changed.");
        assertThat(site.company(company).contactPersonMemberId()).contains(bert.id());
    }

    @Test
    void a_company_without_active_members_or_billing_address_says_what_to_do() {
        CreateCompanyCommand template = site.data().newCompany("Südwind AG", representative);
        CompanyView bare = site.system.useCases().companies().create().create(site.admin(), new CreateCompanyCommand(
                template.name(), template.taxId(), template.customerGroupId(), template.salesRepresentativeId(),
                null, null));
        disable(site.data().member(bare, "company_buyer"));
        browser.open(site.url("/companies/" + bare.id().value() + "/profile"));

        assertThat(browser.text()).contains("This company has no billing address yet.",
                "it has none yet. Invite members on the Invitations tab");
        assertThat(browser.driver().findElements(By.tagName("select"))).isEmpty();
        assertThat(browser.link("Go to Invitations").getAttribute("href"))
                .endsWith("/companies/" + bare.id().value() + "/invitations");
        browser.checkScreen("company-profile-empty-en");

        browser.follow("Add a billing address");

        assertThat(browser.heading()).isEqualTo("Add address");
        assertThat(browser.chosen("Type")).isEqualTo("Billing address");
    }

    @Test
    void the_tab_speaks_german() {
        MemberView anna = member("company_admin");
        browser.open(site.url("/companies/" + company.id().value() + "/profile"));
        browser.press("Deutsch");

        assertThat(browser.text()).contains("Rechnungsdaten", "Deutschland", "Kontaktperson wählen");
        browser.checkScreen("company-profile-de");

        browser.choose("Kontaktperson", choice(anna));
        disable(anna);
        browser.press("Kontaktperson speichern");

        assertThat(browser.errorSummary()).containsExactly(
                "Kontaktperson: Dieses Mitglied ist gesperrt; wählen Sie ein aktives Mitglied");
        browser.checkScreen("company-profile-errors-de");
    }

    @Test
    void the_keyboard_alone_chooses_the_contact_person() {
        member("company_admin");
        MemberView bert = member("company_buyer");
        browser.open(site.url("/companies/" + company.id().value() + "/profile"));

        WebElement select = browser.field("Contact person");
        browser.tabTo(select);
        select.sendKeys(name(bert));
        browser.tabToAndEnter(browser.button("Save contact person"));

        assertThat(browser.banner()).contains("The contact person has been changed.");
        assertThat(site.company(company).contactPersonMemberId()).contains(bert.id());
    }

    private MemberView member(String role) {
        return site.data().member(company, role);
    }

    private MemberView disable(MemberView member) {
        return site.system.useCases().members().update().update(site.admin(),
                UpdateMemberCommand.of(member.companyId(), member.id()).withStatus("DISABLED"));
    }

    private List<String> options() {
        return new Select(browser.field("Contact person")).getOptions().stream().map(WebElement::getText).toList();
    }

    private static String name(MemberView member) {
        return member.firstName() + " " + member.lastName();
    }

    private static String choice(MemberView member) {
        return name(member) + " (" + member.email() + ")";
    }
}
