package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.member.MemberStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Members tab over HTTP: what is cheaper to prove without a browser. */
class MembersHttpTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">Next page</a>");

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);
    private final String members = "/companies/" + company.id().value() + "/members";

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void a_member_and_a_pool_user_named_with_markup_are_shown_as_text_on_every_page() {
        UserView named = user("script.member@buyer.example");
        MemberView member = site.system.useCases().members().add().add(site.admin(),
                new AddMemberCommand(company.id(), named.id().toString(), "company_buyer"));
        user("script.pool@buyer.example");
        SignedInClient admin = admin();

        for (String path : List.of(members, members + "/add", memberPath(member, "edit"),
                memberPath(member, "disable"), memberPath(member, "remove"))) {
            HttpResponse<String> page = admin.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(ESCAPED).doesNotContain(SCRIPT);
        }
    }

    @Test
    void a_sales_representative_sees_the_roles_by_name_without_the_right_to_read_roles() {
        MemberView member = site.data().member(company, "company_admin");
        SignedInClient rep = new SignedInClient(site).signIn(representative.email(), BackOfficeSite.PASSWORD);

        assertThat(rep.get(members).body()).contains("Company admin").doesNotContain(">company_admin<");
        assertThat(rep.get(memberPath(member, "edit")).body())
                .contains("<option value=\"company_admin\" selected>Company admin</option>",
                        "<option value=\"company_buyer\">Company buyer</option>");
    }

    @Test
    void a_member_of_another_company_is_not_found_under_this_one_and_nothing_changes() {
        CompanyView other = site.company("Südwind AG", representative);
        MemberView stranger = site.data().member(other, "company_buyer");
        SignedInClient admin = admin();

        String underThisCompany = members + "/" + stranger.id().value();
        HttpResponse<String> edit = admin.get(underThisCompany + "/edit");
        HttpResponse<String> disable = admin.post(underThisCompany + "/disable", admin.withToken(Map.of()));

        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(disable.statusCode()).isEqualTo(404);
        assertThat(stored(other, stranger).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void removing_the_contact_person_is_refused_back_on_the_tab_which_names_them_and_the_reason_on_every_reload() {
        MemberView contact = site.system.useCases().members().add().add(site.admin(),
                new AddMemberCommand(company.id(), user("contact@buyer.example").id().toString(), "company_admin"));
        site.system.useCases().members().assignContactPerson().assign(site.admin(),
                AssignContactPersonCommand.of(company.id(), contact.id().toString()));
        SignedInClient admin = admin();

        HttpResponse<String> refused = admin.post(memberPath(contact, "remove"), admin.withToken(Map.of()));

        assertThat(refused.statusCode()).isEqualTo(303);
        String back = refused.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo(members + "?refused=contact_person.cannot_be_removed&change=remove&member="
                + contact.id().value());
        for (int reload = 0; reload < 2; reload++) {
            HttpResponse<String> told = admin.get(back);
            assertThat(told.statusCode()).isEqualTo(200);
            assertThat(told.body()).contains("role=\"alert\"", ESCAPED + " Person was not removed",
                    "is the company's contact person").doesNotContain(SCRIPT);
        }
        assertThat(stored(company, contact).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void a_refusal_in_the_address_is_told_only_in_the_tabs_own_words_and_names_only_a_member_of_this_company() {
        MemberView member = site.data().member(company, "company_buyer");
        MemberView stranger = site.data().member(site.company("Südwind AG", representative), "company_buyer");
        SignedInClient admin = admin();
        String reason = members + "?refused=contact_person.cannot_be_disabled";

        String forged = admin.get(members + "?refused=%3Cb%3Eforged%3C%2Fb%3E&change=remove&member="
                + member.id().value()).body();
        String unexplained = admin.get(members + "?refused=other").body();
        String named = admin.get(reason + "&change=disable&member=" + member.id().value()).body();
        String unknownChange = admin.get(reason + "&change=promote&member=" + member.id().value()).body();
        String otherCompany = admin.get(reason + "&change=disable&member=" + stranger.id().value()).body();
        HttpResponse<String> notAnId = admin.get(reason + "&change=disable&member=not-an-id");

        assertThat(forged).doesNotContain("role=\"alert\"", "<b>forged");
        assertThat(unexplained).contains("Nothing was changed", "This could not be done with this member.");
        assertThat(named).contains(name(member) + " was not disabled", "cannot be disabled");
        assertThat(unknownChange).contains("Nothing was changed", "cannot be disabled")
                .doesNotContain(name(member) + " was not");
        assertThat(otherCompany).contains("Nothing was changed").doesNotContain(name(stranger));
        assertThat(notAnId.statusCode()).isEqualTo(200);
        assertThat(notAnId.body()).contains("Nothing was changed", "cannot be disabled");
    }

    @Test
    void adding_a_user_who_is_in_a_company_already_is_refused_on_the_pool_page() {
        MemberView member = site.data().member(company, "company_buyer");
        SignedInClient admin = admin();

        HttpResponse<String> refused = admin.post(members, admin.withToken(Map.of("userId",
                member.userId().value().toString(), "role", "company_admin")));

        assertThat(refused.statusCode()).isEqualTo(303);
        String back = refused.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo(members + "/add?refused=member.user_in_company");
        HttpResponse<String> told = admin.get(back);
        assertThat(told.statusCode()).isEqualTo(200);
        assertThat(told.body()).contains("This person was not added", "has become a member of a company");
        assertThat(admin.get(members + "/add?refused=other").body()).contains("This person could not be added.");
        assertThat(stored(company, member).role()).isEqualTo("company_buyer");
    }

    @Test
    void a_search_of_the_pool_that_is_too_long_says_what_is_wrong() {
        HttpResponse<String> page = admin().get(members + "/add?q=" + "a".repeat(300));

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("error-summary", "Search: this is too long");
    }

    @Test
    void the_members_tab_pages_forward_by_cursor_and_links_back_to_the_first_page() {
        for (int i = 0; i <= PageRequest.DEFAULT_LIMIT; i++) {
            site.data().member(company, "company_buyer");
        }
        SignedInClient admin = admin();

        String first = admin.get(members).body();
        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).as("a link to the next page").isTrue();
        assertThat(next.group(1)).startsWith(members + "?cursor=");
        assertThat(first).doesNotContain("First page");

        HttpResponse<String> second = admin.get(next.group(1));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("<a href=\"" + members + "\">First page</a>")
                .doesNotContain("rel=\"next\"");
    }

    private UserView user(String email) {
        return site.system.useCases().users().create().create(site.admin(), new CreateUserCommand(email, SCRIPT,
                "Person", null, "CUSTOMER", List.of(), BackOfficeSite.PASSWORD));
    }

    private String memberPath(MemberView member, String action) {
        return "/companies/" + member.companyId().value() + "/members/" + member.id().value() + "/" + action;
    }

    private static String name(MemberView member) {
        return member.firstName() + " " + member.lastName();
    }

    private MemberView stored(CompanyView of, MemberView member) {
        return site.system.useCases().members().get().get(site.admin(), of.id(), member.id());
    }

    private SignedInClient admin() {
        return new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }
}
