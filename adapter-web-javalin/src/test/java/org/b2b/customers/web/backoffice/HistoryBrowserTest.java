package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.UpdateCompanyCommand;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A company's History tab: who changed what and when, of every kind or of one, in a real headless Chromium. */
class HistoryBrowserTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);
    private final String adminName = name(site.system.useCases().users().currentUser().me(site.admin()));

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_creation_and_an_edit_show_who_made_them_and_the_old_and_new_values_newest_first() {
        renameAs(representative, "Nordwind Logistik GmbH");
        openHistory();

        assertThat(kinds()).containsExactly("Company edited", "Company created");
        assertThat(column(2)).containsExactly(name(representative), adminName);
        assertThat(row(0).findElement(By.tagName("dl")).getText())
                .contains("Name", "Nordwind Logistik → Nordwind Logistik GmbH");
        assertThat(row(1).findElement(By.tagName("dl")).getText()).contains("Nordwind Logistik", company.taxId());
        browser.checkScreen("history-filled-en");

        browser.press("Deutsch");
        assertThat(kinds()).containsExactly("Unternehmen bearbeitet", "Unternehmen angelegt");
        assertThat(browser.text()).contains("Art der Änderung", "Einzelheiten");
        browser.checkScreen("history-filled-de");
    }

    @Test
    void the_kind_of_change_chosen_stays_in_the_address_and_is_kept_over_a_reload() {
        renameAs(representative, "Nordwind Logistik GmbH");
        openHistory();

        browser.choose("Kind of change", "Company created");
        browser.press("Apply");

        assertThat(browser.url()).contains("kind=company.created");
        assertThat(kinds()).containsExactly("Company created");
        browser.checkScreen("history-filtered-en");
        browser.open(browser.url());
        assertThat(browser.chosen("Kind of change")).isEqualTo("Company created");
        assertThat(kinds()).containsExactly("Company created");
        browser.press("Deutsch");
        assertThat(browser.chosen("Art der Änderung")).isEqualTo("Unternehmen angelegt");
        browser.checkScreen("history-filtered-de");
    }

    @Test
    void a_kind_with_no_changes_says_so_and_offers_every_change() {
        openHistory();

        browser.choose("Kind of change", "Member removed");
        browser.press("Apply");

        assertThat(browser.text()).contains("There are no changes of this kind.");
        assertThat(browser.driver().findElements(By.tagName("table"))).isEmpty();
        browser.checkScreen("history-filtered-to-nothing-en");
        browser.press("Deutsch");
        assertThat(browser.text()).contains("Es gibt keine Änderungen dieser Art.");
        browser.checkScreen("history-filtered-to-nothing-de");
        browser.follow("Alle Änderungen anzeigen");
        assertThat(kinds()).containsExactly("Unternehmen angelegt");
    }

    @Test
    void the_keyboard_alone_filters_and_pages_through_a_long_history() {
        for (int i = 1; i <= 50; i++) {
            renameAs(representative, "Nordwind " + i);
        }
        openHistory();
        assertThat(kinds()).hasSize(50).containsOnly("Company edited");

        browser.tabToAndEnter(browser.link("Older changes"));
        assertThat(kinds()).containsExactly("Company created");
        browser.tabToAndEnter(browser.link("Newest changes"));
        assertThat(kinds()).hasSize(50);
        browser.tabTo(browser.field("Kind of change"));
        browser.focused().sendKeys("Company created");
        browser.tabToAndEnter(browser.button("Apply"));
        assertThat(browser.url()).contains("kind=company.created");
        assertThat(kinds()).containsExactly("Company created");
    }

    @Test
    void markup_in_a_name_and_in_the_old_and_new_values_is_shown_as_text() {
        CompanyView scripted = site.company(SCRIPT, representative);
        renameAs(representative, scripted, "<b>" + SCRIPT + "</b>");
        browser.open(site.url("/companies/" + scripted.id().value() + "/history"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);

        assertThat(browser.heading()).isEqualTo("<b>" + SCRIPT + "</b>");
        assertThat(browser.text()).contains(SCRIPT + " → <b>" + SCRIPT + "</b>");
        assertThat(browser.driver().findElements(By.cssSelector("main img, main b"))).isEmpty();
    }

    @Test
    void a_kind_of_change_that_is_none_is_named_as_the_problem_and_no_server_error() {
        SignedInClient admin = new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL,
                BackOfficeSite.ADMIN_PASSWORD);

        HttpResponse<String> unknown = admin.get("/companies/" + company.id().value() + "/history?kind=user.created");
        HttpResponse<String> script = admin.get("/companies/" + company.id().value() + "/history?kind=%3Cscript%3E");

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("Kind of change: choose one of the list", "href=\"#kind\"");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).doesNotContain("<script>");
        openHistory();
        browser.open(browser.url() + "?kind=user.created");
        assertThat(browser.errorSummary()).containsExactly("Kind of change: choose one of the list");
        browser.checkScreen("history-unknown-kind-en");
        browser.press("Deutsch");
        assertThat(browser.errorSummary()).containsExactly("Art der Änderung: Wählen Sie einen Eintrag der Liste");
        browser.checkScreen("history-unknown-kind-de");
    }

    private void renameAs(UserView user, String name) {
        renameAs(user, company, name);
    }

    /** Each change a minute after the last, so that newest first is one order. */
    private void renameAs(UserView user, CompanyView target, String name) {
        site.system.clock().advance(Duration.ofMinutes(1));
        site.system.useCases().companies().update().update(site.data().actor(user),
                UpdateCompanyCommand.of(target.id()).withName(name));
    }

    private void openHistory() {
        browser.open(site.url("/companies/" + company.id().value() + "/history"));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
        assertThat(browser.path()).endsWith("/history");
        assertThat(browser.link("History").getAttribute("aria-current")).isEqualTo("page");
    }

    private List<String> kinds() {
        return column(3);
    }

    private List<String> column(int number) {
        return browser.driver().findElements(By.cssSelector("tbody tr td:nth-child(" + number + ")")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement row(int index) {
        return browser.driver().findElements(By.cssSelector("tbody tr")).get(index);
    }

    private static String name(UserView user) {
        return user.firstName() + " " + user.lastName();
    }
}
