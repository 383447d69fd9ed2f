package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationUseCases;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.domain.invitation.InvitationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** The Invitations tab with JavaScript switched off: "Copy link" opens a page that shows the link to copy by hand. */
class InvitationsWithoutJavaScriptBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final InvitationUseCases invitations = site.system.useCases().invitations();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void copy_link_shows_the_registration_link_as_selectable_text_and_re_send_and_revoke_still_work() {
        InvitationId id = invitations.invite().invite(site.admin(), InviteMembersCommand.of(company.id(),
                new Invitee("anna@buyer.example", "company_buyer"))).results().get(0).invitationId().orElseThrow();
        String link = invitations.registrationLink().link(site.admin(), company.id(), id).url().toString();
        String tab = "/companies/" + company.id().value() + "/invitations";
        browser.open(site.url(tab));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);

        browser.follow("Copy link");

        assertThat(browser.path()).isEqualTo(tab + "/" + id.value() + "/link");
        WebElement field = browser.field("Registration link for anna@buyer.example");
        assertThat(field.getAttribute("value")).isEqualTo(link);
        assertThat(field.getAttribute("readonly")).isNotNull();
        assertThat(field.getAttribute("disabled")).isNull();
        browser.follow("Back to the invitations");

        browser.press("Re-send");
        assertThat(browser.banner()).contains("The invitation has been sent again.");
        browser.follow("Revoke");
        browser.press("Revoke");
        assertThat(browser.banner()).contains("The invitation has been revoked.");
        assertThat(browser.text()).doesNotContain("Copy link");
    }
}
