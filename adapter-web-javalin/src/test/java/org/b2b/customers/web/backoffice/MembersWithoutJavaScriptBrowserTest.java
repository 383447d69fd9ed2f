package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.domain.member.MemberStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Members tab with JavaScript switched off: a refused change is told on the tab, which reloads as it is. */
class MembersWithoutJavaScriptBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final CompanyView company = site.company("Nordwind Logistik", site.data().salesRepresentative());

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void disabling_the_contact_person_is_refused_on_the_tab_and_a_reload_shows_it_again_changing_nothing() {
        MemberView contact = site.data().member(company, "company_admin");
        site.system.useCases().members().assignContactPerson().assign(site.admin(),
                AssignContactPersonCommand.of(company.id(), contact.id().toString()));
        String tab = "/companies/" + company.id().value() + "/members";
        String name = contact.firstName() + " " + contact.lastName();
        browser.open(site.url(tab));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);

        browser.follow("Disable " + name);
        browser.press("Disable");

        assertDisablingRefused(tab, contact, name);
        browser.reload();
        assertDisablingRefused(tab, contact, name);
    }

    private void assertDisablingRefused(String tab, MemberView contact, String name) {
        assertThat(browser.path()).isEqualTo(tab);
        assertThat(browser.text()).contains(name + " was not disabled", "cannot be disabled")
                .doesNotContain("This address only takes forms.");
        assertThat(stored(contact).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    private MemberView stored(MemberView member) {
        return site.system.useCases().members().get().get(site.admin(), company.id(), member.id());
    }
}
