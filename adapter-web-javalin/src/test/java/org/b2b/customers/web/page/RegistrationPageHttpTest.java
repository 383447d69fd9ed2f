package org.b2b.customers.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AddMemberCommand;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registration page's answers as HTTP sees them: types, headers, statuses and refused forgeries. */
class RegistrationPageHttpTest {

    private static final String EMAIL = "greta.sommer@nordwind.example";
    private static final String PASSWORD = "nordwind greta passphrase";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final RegistrationSite site = new RegistrationSite();
    private final CompanyView company = site.company("Nordwind Logistik");
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void the_page_is_utf8_html_that_forbids_scripts_framing_caching_and_referrers() throws Exception {
        HttpResponse<String> page = get(site.registrationPage(company, site.invite(company, EMAIL)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).isEqualToIgnoringCase("text/html;charset=utf-8");
        assertThat(header(page, "Content-Security-Policy")).contains("default-src 'none'").contains("style-src 'self'")
                .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(page, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(page, "Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/register/");
    }

    @Test
    void an_unknown_link_is_a_page_not_a_problem_document() throws Exception {
        HttpResponse<String> page = get(site.url("/register/" + "A".repeat(43)));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("This link does not work").doesNotContain("\"status\"");
    }

    @Test
    void a_visitor_who_chose_no_language_gets_the_one_their_browser_asks_for_and_a_chosen_one_wins() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));

        HttpResponse<String> german = get(page, "Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
        HttpResponse<String> chosen = get(page, "Accept-Language", "de-DE", "Cookie", "cm_lang=en");

        assertThat(german.body()).contains("<html lang=\"de\">").contains("<title>Nordwind Logistik beitreten · Kundenportal</title>")
                .contains("Treten Sie Ihrem Unternehmen im Kundenportal bei").doesNotContain("Join");
        assertThat(chosen.body()).contains("<html lang=\"en\">").contains("Join your company in the Customer Portal");
    }

    @Test
    void a_link_that_does_not_work_is_told_in_the_browsers_language_with_the_same_status() throws Exception {
        HttpResponse<String> page = get(site.url("/register/" + "A".repeat(43)), "Accept-Language", "de");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"de\">").contains("Dieser Link funktioniert nicht");
    }

    @Test
    void used_expired_and_revoked_links_answer_gone() throws Exception {
        var invitation = site.invite(company, EMAIL);
        String page = site.registrationPage(company, invitation);
        site.system.useCases().invitations().revoke().revoke(site.admin, company.id(), invitation);

        assertThat(get(page).statusCode()).isEqualTo(410);
    }

    @Test
    void the_stylesheet_comes_from_this_server_named_by_its_content_so_browsers_may_keep_it() throws Exception {
        assertThat(Assets.stylesheet()).matches("/assets/app-[0-9a-f]{12}\\.css");
        HttpResponse<String> css = get(site.url(Assets.stylesheet()));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Type")).startsWith("text/css");
        assertThat(header(css, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.body()).contains(".field-error");
    }

    @Test
    void a_form_sent_without_the_browsers_cookie_is_refused_and_registers_nobody() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        String token = formTokenOf(get(page));

        HttpResponse<String> answer = post(page, null, null, form(token));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Please open your link again");
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    @Test
    void a_form_sent_from_another_site_is_refused_and_registers_nobody() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        HttpResponse<String> opened = get(page);
        String token = formTokenOf(opened);

        HttpResponse<String> answer = post(page, "cm_form=" + token, "https://attacker.example", form(token));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    @Test
    void a_forwarded_host_is_believed_only_from_a_trusted_proxy() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        String token = formTokenOf(get(page));

        HttpResponse<String> answer = post(page, "cm_form=" + token, "https://attacker.example", form(token),
                "X-Forwarded-Host", "attacker.example");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    @Test
    void a_form_sent_from_this_site_with_its_cookie_registers() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        String token = formTokenOf(get(page));

        HttpResponse<String> answer = post(page, "cm_form=" + token, site.url(""), form(token));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(site.accountExists(EMAIL)).isTrue();
    }

    @Test
    void an_existing_account_signs_in_on_the_page_within_the_limits_of_every_other_sign_in() throws Exception {
        UserView pooled = site.system.testData().poolUser();
        String page = site.registrationPage(company, site.invite(company, pooled.email()));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> site.system.useCases().users().authenticate().authenticate(
                    new AuthenticateCommand(pooled.email(), "a wrong guess", "127.0.0.1")))
                    .isInstanceOf(DomainException.class);
        }
        String token = formTokenOf(get(page));

        HttpResponse<String> held = post(page, "cm_form=" + token, site.url(""), signIn(token, TestData.PASSWORD));

        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(header(held, "Retry-After")).isEqualTo("1");
        assertThat(site.system.useCases().users().currentUser().me(Actor.of(pooled.id())).companyId()).isEmpty();

        site.system.clock().advance(Duration.ofSeconds(1));
        String again = formTokenOf(get(page));
        HttpResponse<String> joined = post(page, "cm_form=" + again, site.url(""), signIn(again, TestData.PASSWORD));

        assertThat(joined.statusCode()).isEqualTo(200);
        assertThat(site.system.useCases().users().currentUser().me(Actor.of(pooled.id())).companyId()).contains(company.id());
    }

    @Test
    void an_account_that_joined_another_company_meanwhile_is_told_so_in_german_not_in_the_use_cases_english()
            throws Exception {
        UserView pooled = site.system.testData().poolUser();
        String page = site.registrationPage(company, site.invite(company, pooled.email()));
        String token = formTokenOf(get(page, "Accept-Language", "de"));
        CompanyView other = site.company("Südhafen Handel");
        site.system.useCases().members().add().add(site.admin,
                new AddMemberCommand(other.id(), pooled.id().toString(), "company_buyer"));

        HttpResponse<String> refused = post(page, "cm_form=" + token, site.url(""), signIn(token, TestData.PASSWORD),
                "Accept-Language", "de");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("<html lang=\"de\">")
                .contains("Wir konnten Ihre Registrierung nicht abschließen")
                .contains("Ihr Konto ist bereits Mitglied eines Unternehmens")
                .doesNotContain("a user is a member of one company at most");
    }

    @Test
    void a_staff_account_with_the_invited_address_is_told_it_cannot_join_in_german() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        site.system.useCases().users().create().create(site.admin, new CreateUserCommand(EMAIL, "Greta", "Sommer",
                null, "STAFF", List.of("sales_representative"), TestData.PASSWORD));
        String token = formTokenOf(get(page, "Accept-Language", "de"));

        HttpResponse<String> refused = post(page, "cm_form=" + token, site.url(""), signIn(token, TestData.PASSWORD),
                "Accept-Language", "de");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Wir konnten Ihre Registrierung nicht abschließen")
                .contains("gehört zu einem Mitarbeiterkonto, das keinem Unternehmen beitreten kann")
                .doesNotContain("staff account");
    }

    @Test
    void a_name_too_long_for_the_form_and_a_guessable_password_are_told_in_german_beside_their_fields()
            throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        String token = formTokenOf(get(page, "Accept-Language", "de"));
        Map<String, String> fields = new java.util.HashMap<>(form(token));
        fields.put("firstName", "G".repeat(101));
        fields.put("password", "password1234");
        fields.put("passwordConfirmation", "password1234");

        HttpResponse<String> refused = post(page, "cm_form=" + token, site.url(""), fields, "Accept-Language", "de");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Darf höchstens 100 Zeichen lang sein.")
                .contains("Ist zu leicht zu erraten.")
                .doesNotContain("must be at most").doesNotContain("too easy to guess").doesNotContain("common password");
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    @Test
    void a_form_too_large_to_read_gets_a_page_and_registers_nobody() throws Exception {
        String page = site.registrationPage(company, site.invite(company, EMAIL));
        String token = formTokenOf(get(page));
        Map<String, String> huge = new java.util.HashMap<>(form(token));
        huge.put("firstName", "x".repeat(3 * 1024 * 1024));

        HttpResponse<String> answer = post(page, "cm_form=" + token, null, huge);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(site.accountExists(EMAIL)).isFalse();
    }

    private static Map<String, String> form(String token) {
        return Map.of("formToken", token, "firstName", "Greta", "lastName", "Sommer", "password", PASSWORD,
                "passwordConfirmation", PASSWORD);
    }

    private static Map<String, String> signIn(String token, String password) {
        return Map.of("formToken", token, "password", password, "passwordConfirmation", password);
    }

    private static String formTokenOf(HttpResponse<String> page) {
        Matcher matcher = FORM_TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("the form carries a token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, String origin, Map<String, String> fields,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
