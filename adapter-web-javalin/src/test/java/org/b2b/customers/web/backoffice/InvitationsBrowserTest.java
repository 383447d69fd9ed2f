package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.testkit.RecordingMailSender;
import org.b2b.customers.web.page.Assets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A company's Invitations tab in a real headless Chromium: list, filter, copy link, re-send and revoke. */
class InvitationsBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final InvitationUseCases invitations = site.system.useCases().invitations();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);

    @BeforeEach
    void startAfresh() {
        browser.forgetEverything();
    }

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void a_company_without_invitations_says_how_to_invite_members() {
        openTab();

        assertThat(browser.text()).contains("No one has been invited to this company yet.");
        assertThat(browser.link("Invite members").getAttribute("href")).endsWith(tab() + "/new");
        browser.checkScreen("invitations-empty-en");
        browser.press("Deutsch");
        assertThat(browser.text()).contains("Zu diesem Unternehmen wurde noch niemand eingeladen.");
        assertThat(browser.link("Mitglieder einladen").getAttribute("href")).endsWith(tab() + "/new");
        browser.checkScreen("invitations-empty-de");
    }

    @Test
    void every_invitation_is_listed_with_its_status_and_the_filter_stays_in_the_address() {
        site.data().invitedMember(company, "company_buyer");
        site.system.clock().advance(Duration.ofMinutes(1));
        invitations.revoke().revoke(site.admin(), company.id(), invite("revoked@buyer.example", "company_buyer"));
        site.system.clock().advance(Duration.ofMinutes(1));
        invite("expired@buyer.example", "company_admin");
        site.system.clock().advance(Duration.ofDays(8));
        invite("pending@buyer.example", "company_admin");
        RecordingMailSender mailServer = new RecordingMailSender();
        mailServer.failPermanentlyFor("pending@buyer.example", "550 5.1.1 no such mailbox");
        site.system.useCases().mail().deliver(site.system.outbox(), mailServer).deliverDue(50, () -> true);
        openTab();

        assertThat(cells(0)).hasSize(4).startsWith("pending@buyer.example", "expired@buyer.example",
                "revoked@buyer.example");
        assertThat(cells(0).get(3)).matches("member\\d+@buyer\\.example");
        assertThat(cells(1)).containsExactly("Company admin", "Company admin", "Company buyer", "Company buyer");
        assertThat(cells(2)).containsExactly("Pending", "Expired", "Revoked", "Accepted");
        assertThat(cells(4)).containsOnly("1");
        assertThat(cells(6)).containsOnly("Administrator Account");
        assertThat(cells(7)).containsExactly("Not delivered: delivery failed: 550 5.1.1 no such mailbox", "—", "—",
                "—");
        assertThat(actions("pending@buyer.example")).contains("Copy link", "Re-send", "Revoke");
        assertThat(actions("expired@buyer.example")).contains("Re-send", "Revoke").doesNotContain("Copy link");
        assertThat(actions("revoked@buyer.example")).isEmpty();
        assertThat(cells(8).get(3)).isEmpty();
        browser.checkScreen("invitations-filled-en");

        browser.choose("Status", "Expired");
        browser.press("Apply");
        assertThat(cells(0)).containsExactly("expired@buyer.example");
        assertThat(browser.url()).contains("status=EXPIRED");
        browser.open(browser.url());
        assertThat(browser.chosen("Status")).isEqualTo("Expired");
        assertThat(cells(0)).containsExactly("expired@buyer.example");
        browser.checkScreen("invitations-filtered-en");

        browser.press("Deutsch");
        assertThat(browser.chosen("Status")).isEqualTo("Abgelaufen");
        assertThat(cells(1)).containsExactly("Unternehmensadministrator");
        assertThat(actions("expired@buyer.example")).contains("Erneut senden", "Widerrufen");
        browser.checkScreen("invitations-filtered-de");
    }

    @Test
    void a_status_that_no_invitation_has_says_so_and_offers_all_of_them() {
        invite("pending@buyer.example", "company_buyer");
        openTab();

        browser.choose("Status", "Revoked");
        browser.press("Apply");

        assertThat(browser.text()).contains("No invitation has this status.");
        browser.checkScreen("invitations-filtered-to-nothing-en");
        browser.press("Deutsch");
        assertThat(browser.text()).contains("Keine Einladung hat diesen Status.");
        browser.checkScreen("invitations-filtered-to-nothing-de");
        browser.follow("Alle Einladungen anzeigen");
        assertThat(cells(0)).containsExactly("pending@buyer.example");
    }

    @Test
    void copy_link_puts_the_registration_link_on_the_clipboard_and_announces_it() {
        InvitationId id = invite("pending@buyer.example", "company_buyer");
        String link = invitations.registrationLink().link(site.admin(), company.id(), id).url().toString();
        openTab();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", site.url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));

        browser.link("Copy link").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                d.findElement(By.id("copy-status")).getText().equals("Link copied"));
        assertThat(browser.path()).isEqualTo(tab());
        assertThat(browser.driver().findElement(By.id("copy-status")).getAttribute("role")).isEqualTo("status");
        Object copied = ((ChromeDriver) browser.driver()).executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], function () { arguments[0](null); });");
        assertThat(copied).isEqualTo(link);
        browser.checkScreen("invitations-link-copied-en");

        browser.open(site.url(tab() + "/" + id.value() + "/link"));
        assertThat(browser.field("Registration link for pending@buyer.example").getAttribute("value")).isEqualTo(link);
        browser.checkScreen("invitation-link-en");
        browser.press("Deutsch");
        assertThat(browser.field("Registrierungslink für pending@buyer.example").getAttribute("value")).isEqualTo(link);
        browser.checkScreen("invitation-link-de");
    }

    @Test
    void the_pages_load_one_script_and_it_is_ours() {
        openTab();

        List<String> scripts = browser.driver().findElements(By.tagName("script")).stream()
                .map(s -> s.getAttribute("src")).toList();

        assertThat(scripts).containsExactly(site.url(Assets.script()));
    }

    @Test
    void re_send_counts_the_sending_and_refuses_a_fourth_within_the_hour_saying_when() {
        InvitationId id = invite("pending@buyer.example", "company_buyer");
        openTab();

        browser.press("Re-send");

        assertThat(browser.banner()).contains("The invitation has been sent again.");
        assertThat(cells(4)).containsExactly("2");
        invitations.resend().resend(site.admin(), company.id(), id);
        invitations.resend().resend(site.admin(), company.id(), id);
        browser.press("Re-send");
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
                .contains("This invitation has been sent again three times within the last hour.",
                        "It can be sent again from");
        assertThat(cells(4)).containsExactly("4");
        // Post/redirect/get: the refusal is told at the tab's own address, so that reloading reloads the tab.
        assertThat(browser.driver().getCurrentUrl()).startsWith(site.url(tab()) + "?refused=");
        browser.driver().navigate().refresh();
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
                .contains("This invitation has been sent again three times within the last hour.");
        assertThat(cells(4)).containsExactly("4");
        browser.checkScreen("invitations-resend-refused-en");
        browser.open(site.url(tab()));
        browser.press("Deutsch");
        browser.press("Erneut senden");
        assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Sie kann ab");
        browser.checkScreen("invitations-resend-refused-de");
    }

    @Test
    void re_send_renews_an_expired_invitation() {
        invite("expired@buyer.example", "company_buyer");
        site.system.clock().advance(Duration.ofDays(8));
        openTab();
        assertThat(cells(2)).containsExactly("Expired");

        browser.press("Re-send");

        assertThat(cells(2)).containsExactly("Pending");
        assertThat(cells(4)).containsExactly("2");
    }

    @Test
    void revoke_asks_first_naming_the_email_and_the_company_and_cancel_keeps_the_invitation() {
        invite("pending@buyer.example", "company_buyer");
        openTab();

        browser.follow("Revoke");
        assertThat(browser.heading()).isEqualTo("Revoke invitation");
        assertThat(browser.text())
                .contains("Revoke the invitation for pending@buyer.example to join Nordwind Logistik?");
        browser.checkScreen("invitations-revoke-en");
        browser.follow("Cancel");
        assertThat(cells(2)).containsExactly("Pending");

        browser.follow("Revoke");
        browser.press("Deutsch");
        assertThat(browser.text())
                .contains("Die Einladung an pending@buyer.example in das Unternehmen Nordwind Logistik widerrufen?");
        browser.checkScreen("invitations-revoke-de");
        browser.press("Widerrufen");
        assertThat(browser.banner()).contains("Die Einladung wurde widerrufen.");
        assertThat(cells(2)).containsExactly("Widerrufen");
        browser.checkScreen("invitations-revoked-de");
    }

    @Test
    void the_filter_stays_through_a_revocation() {
        invite("pending@buyer.example", "company_buyer");
        site.system.clock().advance(Duration.ofMinutes(1));
        invite("other@buyer.example", "company_buyer");
        openTab();
        browser.choose("Status", "Pending");
        browser.press("Apply");

        browser.follow("Revoke");
        browser.press("Revoke");

        assertThat(browser.url()).contains("status=PENDING");
        assertThat(browser.chosen("Status")).isEqualTo("Pending");
        assertThat(cells(0)).hasSize(1);
    }

    @Test
    void the_table_fits_1280_pixels_with_dates_on_one_line_and_long_emails_broken_in_both_languages() {
        invite("procurement.department.central.purchasing@nordwind-logistik-hamburg.example", "company_admin");
        invite("pending@buyer.example", "company_buyer");
        RecordingMailSender mailServer = new RecordingMailSender();
        mailServer.failPermanentlyFor("pending@buyer.example", "550 5.1.1 no such mailbox");
        site.system.useCases().mail().deliver(site.system.outbox(), mailServer).deliverDue(50, () -> true);
        openTab();

        assertFits();
        browser.checkScreen("invitations-long-email-en");
        browser.press("Deutsch");
        assertFits();
        browser.checkScreen("invitations-long-email-de");
    }

    @Test
    void re_send_works_with_the_keyboard_alone() {
        invite("pending@buyer.example", "company_buyer");
        openTab();

        browser.tabToAndEnter(browser.button("Re-send"));

        assertThat(browser.banner()).contains("The invitation has been sent again.");
        assertThat(cells(4)).containsExactly("2");
    }

    /** The table needs no sideways scrolling in the 1280 px window, and every date (Sent, Expires) is one line. */
    private static void assertFits() {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        assertThat(page.executeScript("var wrap = document.querySelector('.table-wrap');"
                + " return wrap.scrollWidth <= wrap.clientWidth;")).as("the table fits its width").isEqualTo(true);
        assertThat(page.executeScript("return Array.from(document.querySelectorAll('tbody tr')).flatMap(row =>"
                + " [row.cells[3], row.cells[5]]).filter(cell => {"
                + " var text = document.createRange(); text.selectNodeContents(cell);"
                + " return new Set(Array.from(text.getClientRects()).map(r => Math.round(r.top))).size > 1;"
                + " }).map(cell => cell.textContent.trim());")).as("dates broken over lines")
                .isEqualTo(List.of());
    }

    private InvitationId invite(String email, String role) {
        return invitations.invite().invite(site.admin(),
                InviteMembersCommand.of(company.id(), new Invitee(email, role))).results().get(0).invitationId().orElseThrow();
    }

    private void openTab() {
        browser.open(site.url(tab()));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo(tab());
    }

    private String tab() {
        return "/companies/" + company.id().value() + "/invitations";
    }

    private List<String> cells(int column) {
        return browser.driver().findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(column).getText()).toList();
    }

    /** The text of the actions cell of the invitation to this email. */
    private String actions(String email) {
        return browser.driver().findElement(By.xpath("//tbody/tr[td[1][normalize-space(.)='" + email + "']]/td[9]"))
                .getText();
    }
}
