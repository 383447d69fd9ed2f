package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.ListMembersQuery;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.member.MemberStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The Members tab of a company's profile and what staff do to its members, in a real headless Chromium. */
class MembersBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.withJavaScript();

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);

    @AfterEach
    void stopServer() {
        site.close();
    }

    @BeforeEach
    void forget() {
        browser.forgetEverything();
    }

    @Test
    void a_company_without_members_says_how_to_get_some() {
        openMembers();

        assertThat(browser.text()).contains("This company has no members yet.", "Invite people by email",
                "add users who already have an account", "There are no pending invitations.");
        browser.checkScreen("members-empty-en");

        browser.follow("add users who already have an account");
        assertThat(browser.heading()).isEqualTo("Add members to Nordwind Logistik");
    }

    @Test
    void the_members_are_listed_with_their_role_status_and_joining_date_and_the_pending_invitations_with_them() {
        MemberView buyer = site.data().member(company, "company_buyer");
        MemberView admin = site.data().member(company, "company_admin");
        invite("new.buyer@nordwind.example");

        openMembers();

        assertThat(browser.heading()).isEqualTo("Nordwind Logistik");
        assertThat(row(buyer)).contains(buyer.email(), "Company buyer", "Active", date(buyer, Locale.ENGLISH))
                .doesNotContain("company_buyer");
        assertThat(row(admin)).contains("Company admin");
        assertThat(browser.text()).contains("Pending invitations", "new.buyer@nordwind.example");
        browser.link("Manage invitations");
        browser.checkScreen("members-en");
    }

    @Test
    void an_edit_with_a_mistake_comes_back_with_the_values_kept_and_is_then_saved() {
        MemberView member = site.data().member(company, "company_buyer");
        openMembers();
        browser.follow("Edit " + name(member));

        browser.type("First name", " ");
        browser.type("Last name", "Berger");
        browser.type("Phone", "call me maybe");
        browser.press("Save");

        assertThat(browser.errorSummary()).containsExactly("First name: enter a value",
                "Phone: enter a phone number of digits, spaces and +");
        assertThat(browser.field("Last name").getAttribute("value")).isEqualTo("Berger");
        assertThat(browser.field("Phone").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(stored(member).lastName()).isEqualTo(member.lastName());
        browser.checkScreen("member-edit-errors-en");

        browser.type("First name", "Anna");
        browser.type("Phone", "+49 40 123456");
        browser.press("Save");

        assertThat(browser.banner()).contains("The member's changes have been saved.");
        assertThat(browser.text()).contains("Anna Berger", "+49 40 123456");
        assertThat(stored(member).firstName()).isEqualTo("Anna");
    }

    @Test
    void the_role_is_changed_on_the_edit_form() {
        MemberView member = site.data().member(company, "company_buyer");
        openMembers();
        browser.follow("Edit " + name(member));
        assertThat(browser.chosen("Role")).isEqualTo("Company buyer");
        browser.checkScreen("member-edit-en");

        browser.choose("Role", "Company admin");
        browser.press("Save");

        assertThat(row(member)).contains("Company admin");
        assertThat(stored(member).role()).isEqualTo("company_admin");
    }

    @Test
    void a_member_is_disabled_and_enabled_again_after_a_confirmation_each() {
        MemberView member = site.data().member(company, "company_buyer");
        openMembers();

        browser.follow("Disable " + name(member));
        assertThat(browser.heading()).isEqualTo("Disable " + name(member));
        assertThat(browser.text()).contains("Disable " + name(member) + " in Nordwind Logistik?");
        assertThat(stored(member).status()).isEqualTo(MemberStatus.ACTIVE);
        browser.checkScreen("member-disable-en");
        browser.press("Disable");

        assertThat(browser.banner()).contains("The member has been disabled.");
        assertThat(row(member)).contains("Disabled");
        assertThat(stored(member).status()).isEqualTo(MemberStatus.DISABLED);

        browser.follow("Enable " + name(member));
        browser.press("Enable");

        assertThat(browser.banner()).contains("The member has been enabled.");
        assertThat(stored(member).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void the_contact_person_is_not_removed_and_the_page_says_why() {
        MemberView contact = site.data().member(company, "company_admin");
        makeContactPerson(contact);
        openMembers();
        assertThat(row(contact)).contains("Contact person");

        browser.follow("Remove " + name(contact));
        browser.press("Remove");

        assertRemovalRefused(contact);
        // Post/redirect/get: the refusal is told at the tab's own address, so that reloading reloads the tab.
        browser.reload();
        assertRemovalRefused(contact);
        browser.checkScreen("member-remove-refused-en");
    }

    @Test
    void an_ordinary_member_is_removed_after_the_confirmation_and_cancelling_keeps_them() {
        MemberView member = site.data().member(company, "company_buyer");
        openMembers();

        browser.follow("Remove " + name(member));
        assertThat(browser.text()).contains("Remove " + name(member) + " from Nordwind Logistik?");
        browser.checkScreen("member-remove-en");
        browser.follow("Cancel");
        assertThat(members()).hasSize(1);
        assertThat(row(member)).contains(member.email());

        browser.follow("Remove " + name(member));
        browser.press("Remove");

        assertThat(browser.banner()).contains("The member has been removed from the company.");
        assertThat(browser.text()).doesNotContain(member.email());
        assertThat(members()).isEmpty();
    }

    @Test
    void a_user_from_the_pool_is_found_and_added_with_a_role() {
        UserView other = site.data().poolUser();
        UserView wanted = site.data().poolUser();
        openMembers();
        browser.follow("Add members");
        assertThat(browser.text()).contains(other.email(), wanted.email());

        browser.type("Search by name or email", wanted.email());
        browser.press("Search");

        assertThat(browser.text()).contains(wanted.email()).doesNotContain(other.email());
        browser.checkScreen("member-add-en");
        browser.choose("Role for " + name(wanted), "Company admin");
        browser.press("Add " + name(wanted));

        assertThat(browser.banner()).contains("The member has been added.");
        assertThat(members()).singleElement().satisfies(member -> {
            assertThat(member.userId()).isEqualTo(wanted.id());
            assertThat(member.role()).isEqualTo("company_admin");
        });
        assertThat(browser.text()).contains(wanted.email(), "Company admin");
    }

    @Test
    void a_user_who_joined_a_company_meanwhile_is_not_added_and_the_pool_says_why_also_on_reload() {
        UserView wanted = site.data().poolUser();
        openMembers();
        browser.follow("Add members");
        site.system.useCases().members().add().add(site.admin(), new AddMemberCommand(
                site.company("Südwind AG", representative).id(), wanted.id().toString(), "company_buyer"));

        browser.press("Add " + name(wanted));

        assertPoolRefused();
        browser.reload();
        assertPoolRefused();
        assertThat(members()).isEmpty();
        browser.checkScreen("member-add-refused-en");
        browser.press("Deutsch");
        assertThat(alert()).contains("Diese Person wurde nicht hinzugefügt",
                "Diese Person ist inzwischen Mitglied eines Unternehmens geworden.");
        browser.checkScreen("member-add-refused-de");
    }

    @Test
    void a_search_of_the_pool_that_finds_nobody_says_so() {
        site.data().poolUser();
        openMembers();
        browser.follow("Add members");

        browser.type("Search by name or email", "nobody-like-this");
        browser.press("Search");

        assertThat(browser.text()).contains("Nobody in the pool of users matches this search.");
        browser.checkScreen("member-add-none-en");
    }

    @Test
    void the_tab_its_confirmations_and_refusals_speak_german() {
        MemberView contact = site.data().member(company, "company_buyer");
        makeContactPerson(contact);
        invite("neu@nordwind.example");
        openMembers();

        browser.press("Deutsch");

        assertThat(browser.text()).contains("Mitglieder", "Offene Einladungen", "Einkäufer", "Aktiv",
                date(contact, Locale.GERMAN));
        browser.checkScreen("members-de");

        browser.follow("Sperren " + name(contact));
        assertThat(browser.text()).contains(name(contact) + " in Nordwind Logistik sperren?");
        browser.checkScreen("member-disable-de");
        browser.press("Sperren");

        assertDisablingRefusedInGerman(contact);
        browser.reload();
        assertDisablingRefusedInGerman(contact);
        browser.checkScreen("member-disable-refused-de");

        browser.follow("Bearbeiten " + name(contact));
        browser.type("Vorname", "");
        browser.press("Speichern");
        assertThat(browser.errorSummary()).containsExactly("Vorname: Geben Sie einen Wert ein");
        browser.checkScreen("member-edit-errors-de");

        browser.follow("Mitglieder");
        browser.follow("Mitglieder hinzufügen");
        assertThat(browser.heading()).isEqualTo("Mitglieder zu Nordwind Logistik hinzufügen");
        browser.checkScreen("member-add-de");
    }

    @Test
    void the_keyboard_alone_disables_a_member() {
        MemberView member = site.data().member(company, "company_buyer");
        openMembers();

        browser.tabToAndEnter(browser.link("Disable " + name(member)));
        browser.tabToAndEnter(browser.button("Disable"));

        assertThat(browser.banner()).contains("The member has been disabled.");
        assertThat(stored(member).status()).isEqualTo(MemberStatus.DISABLED);
    }

    @Test
    void the_keyboard_alone_edits_a_member() {
        MemberView member = site.data().member(company, "company_buyer");
        openMembers();

        browser.tabToAndEnter(browser.link("Edit " + name(member)));
        browser.tabToAndType("Last name", "Berger");
        browser.tabToAndEnter(browser.button("Save"));

        assertThat(browser.banner()).contains("The member's changes have been saved.");
        assertThat(stored(member).lastName()).isEqualTo("Berger");
    }

    private void openMembers() {
        browser.open(site.url(membersTab()));
        browser.signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    private String membersTab() {
        return "/companies/" + company.id().value() + "/members";
    }

    /** The tab at its own address, not the form's, telling why the member was not removed, who is still there. */
    private void assertRemovalRefused(MemberView contact) {
        assertThat(browser.path()).isEqualTo(membersTab());
        assertThat(alert()).contains(name(contact) + " was not removed", "This member is the company's contact"
                + " person and cannot be removed. Choose another contact person in the company profile first.");
        assertThat(browser.text()).doesNotContain("This address only takes forms.");
        assertThat(row(contact)).contains("Active");
        assertThat(members()).extracting(MemberView::id).containsExactly(contact.id());
    }

    private void assertDisablingRefusedInGerman(MemberView contact) {
        assertThat(browser.path()).isEqualTo(membersTab());
        assertThat(alert()).contains(name(contact) + " wurde nicht gesperrt",
                "Dieses Mitglied ist die Kontaktperson des Unternehmens und kann nicht gesperrt werden.");
        assertThat(browser.text()).doesNotContain("Diese Adresse nimmt nur Formulare an.");
        assertThat(row(contact)).contains("Aktiv");
        assertThat(stored(contact).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    /** The pool at its own address, not the form's, telling why the person was not added. */
    private void assertPoolRefused() {
        assertThat(browser.path()).isEqualTo(membersTab() + "/add");
        assertThat(alert()).contains("This person was not added",
                "This person has become a member of a company in the meantime.");
        assertThat(browser.text()).doesNotContain("This address only takes forms.");
    }

    /** The text of the message that tells why a change was refused. */
    private String alert() {
        return browser.driver().findElement(By.cssSelector("[role=alert]")).getText();
    }

    private void invite(String email) {
        site.system.useCases().invitations().invite().invite(site.admin(),
                InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")));
    }

    private void makeContactPerson(MemberView member) {
        site.system.useCases().members().assignContactPerson().assign(site.admin(),
                AssignContactPersonCommand.of(company.id(), member.id().toString()));
    }

    /** The text of the member's row in the table, found by their email. */
    private String row(MemberView member) {
        return browser.driver().findElement(By.xpath("//tr[td[normalize-space(.)='"
                + member.email() + "']]")).getText();
    }

    private List<MemberView> members() {
        return site.system.useCases().members().list().list(site.admin(), ListMembersQuery.of(company.id())).items();
    }

    private MemberView stored(MemberView member) {
        return site.system.useCases().members().get().get(site.admin(), company.id(), member.id());
    }

    private static String name(MemberView member) {
        return member.firstName() + " " + member.lastName();
    }

    private static String name(UserView user) {
        return user.firstName() + " " + user.lastName();
    }

    private static String date(MemberView member, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(member.joinedAt().atZone(ZoneId.of("Europe/Berlin")));
    }
}
