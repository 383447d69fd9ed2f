package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.web.page.Assets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Invitations tab's answers to addresses typed by hand, forged forms and data holding markup, over HTTP. */
class InvitationsHttpTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)>";
    private static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void an_unknown_status_or_page_in_the_address_is_named_as_such_and_shows_nothing() {
        invite("anna@buyer.example");
        SignedInClient admin = admin();

        HttpResponse<String> status = admin.get(tab() + "?status=LOST");
        HttpResponse<String> cursor = admin.get(tab() + "?cursor=not-a-cursor");

        assertThat(status.statusCode()).isEqualTo(422);
        assertThat(status.body()).contains("Status: choose one of the list", "No invitation has this status.")
                .doesNotContain("anna@buyer.example");
        assertThat(cursor.statusCode()).isEqualTo(422);
        assertThat(cursor.body()).contains("This page of the list does not exist.");
        assertThat(admin.get(tab() + "?status=pending").body()).contains("anna@buyer.example");
    }

    @Test
    void actions_answer_only_forms_with_the_session_token() {
        InvitationId id = invite("anna@buyer.example");
        SignedInClient admin = admin();
        String invitation = tab() + "/" + id.value();

        HttpResponse<String> get = admin.get(invitation + "/resend");
        HttpResponse<String> forged = admin.post(invitation + "/revoke", Map.of());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(admin.get(tab()).body()).contains("status-pending").doesNotContain("status-revoked");
        assertThat(admin.get(invitation + "/revoke").statusCode()).isEqualTo(200);
        assertThat(admin.get(tab()).body()).contains("status-pending").doesNotContain("status-revoked");
    }

    @Test
    void a_revoked_invitation_has_no_link_to_copy_and_says_why_in_the_users_language() {
        InvitationId id = invite("anna@buyer.example");
        site.system.useCases().invitations().revoke().revoke(site.admin(), company.id(), id);
        SignedInClient admin = admin();

        HttpResponse<String> link = admin.get(tab() + "/" + id.value() + "/link");
        HttpResponse<String> again = admin.post(tab() + "/" + id.value() + "/revoke", admin.withToken(Map.of()));

        assertThat(link.statusCode()).isEqualTo(409);
        assertThat(link.body()).contains("This invitation has been revoked.");
        assertThat(again.statusCode()).isEqualTo(303);
        String back = again.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo(tab() + "?refused=invitation.revoked");
        HttpResponse<String> told = admin.get(back);
        assertThat(told.statusCode()).isEqualTo(200);
        assertThat(told.body()).contains("This invitation has been revoked.", "anna@buyer.example");
    }

    @Test
    void a_refusal_in_the_address_is_told_only_in_the_pages_own_words() {
        SignedInClient admin = admin();

        String forged = admin.get(tab() + "?refused=%3Cb%3Eforged%3C%2Fb%3E").body();
        String withoutTime = admin.get(tab() + "?refused=invitation.resend_limit&from=soon").body();
        String unexplained = admin.get(tab() + "?refused=other").body();

        assertThat(forged).doesNotContain("role=\"alert\"", "<b>forged");
        assertThat(withoutTime).doesNotContain("role=\"alert\"", "{0}");
        assertThat(unexplained).contains("This could not be done with this invitation.");
    }

    @Test
    void each_pending_invitation_offers_its_own_link_to_copy_and_a_revoked_one_none() {
        InvitationId anna = invite("anna@buyer.example");
        InvitationId ben = invite("ben@buyer.example");
        InvitationId revoked = invite("revoked@buyer.example");
        site.system.useCases().invitations().revoke().revoke(site.admin(), company.id(), revoked);

        String html = admin().get(tab()).body();

        assertThat(html).contains(copyLink(anna), copyLink(ben))
                .doesNotContain("/" + revoked.value() + "/link").containsOnlyOnce(copyLink(anna));
    }

    @Test
    void an_invitation_of_another_company_or_none_is_the_same_not_found_page() {
        CompanyView other = site.company("Südwind AG", representative);
        InvitationId elsewhere = site.system.useCases().invitations().invite().invite(site.admin(),
                InviteMembersCommand.of(other.id(), new Invitee("anna@buyer.example", "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
        SignedInClient admin = admin();

        for (String path : List.of(tab() + "/" + elsewhere.value() + "/link",
                tab() + "/" + elsewhere.value() + "/revoke", tab() + "/" + UUID.randomUUID() + "/link",
                tab() + "/not-an-id/revoke", "/companies/" + UUID.randomUUID() + "/invitations")) {
            HttpResponse<String> answer = admin.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("Page not found").doesNotContain("anna@buyer.example");
        }
    }

    @Test
    void names_that_hold_markup_are_shown_as_text() {
        CompanyView marked = site.company(SCRIPT, representative);
        UserView inviter = site.system.useCases().users().create().create(site.admin(), new CreateUserCommand(
                "marked@seller.example", SCRIPT, "Staff", null, "STAFF", List.of("administrator"),
                BackOfficeSite.PASSWORD));
        InvitationId id = site.system.useCases().invitations().invite().invite(site.data().actor(inviter),
                InviteMembersCommand.of(marked.id(), new Invitee("anna@buyer.example", "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
        SignedInClient admin = admin();
        String tab = "/companies/" + marked.id().value() + "/invitations";

        for (String path : List.of(tab, tab + "/" + id.value() + "/revoke", tab + "/" + id.value() + "/link")) {
            String html = admin.get(path).body();
            assertThat(html).as(path).contains(ESCAPED).doesNotContain(SCRIPT);
        }
    }

    @Test
    void the_script_is_small_named_by_its_content_and_kept_for_a_year() {
        HttpResponse<String> script = admin().get(Assets.script());

        assertThat(Assets.script()).matches("/assets/app-[0-9a-f]{12}\\.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body().getBytes(StandardCharsets.UTF_8).length).isBetween(1, 2048);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    /** The "Copy link" of one invitation as the tab writes it: its page, and the link the script copies. */
    private String copyLink(InvitationId id) {
        String link = site.system.useCases().invitations().registrationLink().link(site.admin(), company.id(), id)
                .url().toString();
        return "href=\"" + tab() + "/" + id.value() + "/link\" data-copy=\"" + link + "\"";
    }

    private InvitationId invite(String email) {
        return site.system.useCases().invitations().invite().invite(site.admin(),
                InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
    }

    private String tab() {
        return "/companies/" + company.id().value() + "/invitations";
    }

    private SignedInClient admin() {
        return new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }
}
