package org.b2b.customers.web.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Back Office's sessions and its defences against forged forms, scripts in data and peeking, over HTTP. */
class BackOfficeHttpTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)>";

    private final BackOfficeSite site = new BackOfficeSite();
    private final CustomerGroupView group = site.data().customerGroup();
    private final UserView representative = site.data().salesRepresentative();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_session_cookie_is_out_of_scripts_reach_and_new_at_every_sign_in() {
        SignedInClient first = admin();
        SignedInClient second = admin();

        assertThat(first.setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
        assertThat(first.setCookie).isNotEqualTo(second.setCookie);
        assertThat(first.formToken).isNotEqualTo(second.formToken);
    }

    @Test
    void a_form_without_its_session_token_or_from_another_site_is_refused_and_changes_nothing() {
        SignedInClient admin = admin();
        Map<String, String> company = Map.of("name", "Forged GmbH", "taxId", site.data().taxId(),
                "customerGroupId", group.id().value().toString(),
                "salesRepresentativeId", representative.id().value().toString());

        HttpResponse<String> withoutToken = admin.post("/companies", company);
        HttpResponse<String> otherSession = admin.post("/companies", Map.of("formToken", admin().formToken));
        HttpResponse<String> otherSite = admin.post("/companies", admin.withToken(company),
                "Origin", "https://attacker.example");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(otherSession.statusCode()).isEqualTo(403);
        assertThat(otherSite.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("nothing was changed");
        assertThat(companies()).isZero();
        assertThat(admin.post("/companies", admin.withToken(company)).statusCode()).isEqualTo(303);
        assertThat(companies()).isOne();
    }

    @Test
    void no_address_that_changes_something_answers_a_get() {
        SignedInClient admin = admin();

        for (String path : new String[] {"/logout", "/language"}) {
            HttpResponse<String> answer = admin.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(path).hasValue("POST");
        }
        assertThat(admin.get("/companies/new").statusCode()).isEqualTo(200);
    }

    @Test
    void names_that_hold_markup_are_shown_as_text() {
        CompanyView company = site.company(SCRIPT, representative);
        SignedInClient admin = admin();

        for (String path : new String[] {"/companies/" + company.id().value(),
                "/companies/" + company.id().value() + "/edit"}) {
            String html = admin.get(path).body();
            assertThat(html).as(path).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(SCRIPT);
        }
    }

    @Test
    void a_company_a_representative_does_not_represent_is_the_same_page_as_one_that_does_not_exist() {
        CompanyView theirs = site.company("Nordwind Logistik", representative);
        CompanyView another = site.company("Südwind AG", site.data().salesRepresentative());
        SignedInClient rep = new SignedInClient(site).signIn(representative.email(), BackOfficeSite.PASSWORD);

        HttpResponse<String> own = rep.get("/companies/" + theirs.id().value());
        HttpResponse<String> hidden = rep.get("/companies/" + another.id().value());
        HttpResponse<String> missing = rep.get("/companies/" + UUID.randomUUID());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(withoutPath(hidden.body(), another)).isEqualTo(withoutPath(missing.body(), null))
                .doesNotContain("Südwind");
    }

    @Test
    void edit_and_the_contact_persons_email_are_offered_only_to_those_who_may_use_them() {
        CompanyView company = site.company("Nordwind Logistik", representative);
        MemberView contact = site.data().member(company, RoleIdentifier.COMPANY_ADMIN.value());
        site.system.useCases().members().assignContactPerson().assign(site.admin(),
                AssignContactPersonCommand.of(company.id(), contact.id().toString()));
        MemberView buyer = site.data().member(company, RoleIdentifier.COMPANY_BUYER.value());
        String summary = "/companies/" + company.id().value();

        String asAdmin = admin().get(summary).body();
        String asBuyer = new SignedInClient(site).signIn(buyer.email(), BackOfficeSite.PASSWORD).get(summary).body();

        assertThat(asAdmin).contains("href=\"" + summary + "/edit\"", contact.email());
        assertThat(asBuyer).contains(contact.lastName()).doesNotContain(summary + "/edit")
                .doesNotContain(contact.email());
    }

    @Test
    void pages_allow_only_our_own_script_file_and_forbid_framing_and_caching() {
        HttpResponse<String> page = admin().get("/companies/new");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "script-src 'self';", "form-action 'self'",
                        "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
                .containsIgnoringCase("charset=utf-8");
    }

    private SignedInClient admin() {
        return new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL, BackOfficeSite.ADMIN_PASSWORD);
    }

    private long companies() {
        return site.system.useCases().companies().list().list(site.admin(), ListCompaniesQuery.all()).items().size();
    }

    /** The page names the address it is at (for the language switch to come back to); the rest must be equal. */
    private static String withoutPath(String html, CompanyView company) {
        return html.replaceAll("/companies/[0-9a-f-]{36}", "/companies/…");
    }
}
