package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.IssueAccessTokenUseCase;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthApiTest {

    private final RunningApi api = new RunningApi();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_login_answers_an_opaque_token_and_its_expiry() {
        Reply reply = api.post("/api/v1/auth/token", null,
                Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", InMemorySystem.ADMIN_PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("token").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(reply.json().get("expiresAt").asText()).isEqualTo(
                api.system().clock().instant().plus(IssueAccessTokenUseCase.TOKEN_LIFETIME).toString());
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_wrong_email_and_a_wrong_password_get_the_same_401() {
        Reply wrongEmail = api.post("/api/v1/auth/token", null,
                Map.of("email", "nobody@example.com", "password", InMemorySystem.ADMIN_PASSWORD));
        Reply wrongPassword = api.post("/api/v1/auth/token", null,
                Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", "not the password"));

        assertThat(wrongEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongEmail.header("Content-Type")).startsWith(Problems.CONTENT_TYPE);
    }

    @Test
    void without_a_valid_token_the_api_answers_401() {
        String expired = api.adminToken();
        api.system().clock().advance(IssueAccessTokenUseCase.TOKEN_LIFETIME);

        for (String token : new String[] {null, "not-a-token", expired}) {
            Reply reply = api.get("/api/v1/me", token);
            assertThat(reply.status()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        }
        assertThat(api.send("GET", "/api/v1/me", null, null, "Authorization", "Basic YWRtaW46YWRtaW4=").status())
                .isEqualTo(401);
    }

    @Test
    void me_tells_the_caller_who_they_are() {
        CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
        MemberView buyer = api.data().member(company, "company_buyer");

        Reply reply = api.get("/api/v1/me", api.tokenOf(buyer));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("userId").asText()).isEqualTo(buyer.userId().toString());
        assertThat(reply.json().get("email").asText()).isEqualTo(buyer.email());
        assertThat(reply.json().get("firstName").asText()).isEqualTo(buyer.firstName());
        assertThat(reply.json().get("lastName").asText()).isEqualTo(buyer.lastName());
        assertThat(reply.json().get("type").asText()).isEqualTo("CUSTOMER");
        assertThat(reply.json().get("roles").toString()).contains("company_buyer");
        assertThat(reply.json().get("companyId").asText()).isEqualTo(company.id().toString());
    }

    @Test
    void a_disabled_member_s_token_is_refused_with_the_challenge_and_stays_refused_after_enabling() {
        CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
        MemberView buyer = api.data().member(company, "company_buyer");
        String token = api.tokenOf(buyer);
        String member = "/api/v1/companies/" + company.id() + "/members/" + buyer.id();

        assertThat(api.patch(member, api.adminToken(), Map.of("status", "DISABLED")).status()).isEqualTo(200);
        Reply disabled = api.get("/api/v1/me", token);
        assertThat(api.patch(member, api.adminToken(), Map.of("status", "ACTIVE")).status()).isEqualTo(200);

        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(disabled.json().get("code").asText()).isEqualTo("auth.invalid_token");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", api.tokenOf(buyer)).status()).isEqualTo(200);
    }

    @Test
    void a_token_unused_for_the_idle_timeout_is_refused() {
        String token = api.adminToken();

        api.system().clock().advance(Duration.ofMinutes(29));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        api.system().clock().advance(Duration.ofMinutes(30));

        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void logging_out_revokes_the_token_used_and_no_other() {
        String loggingOut = api.adminToken();
        String other = api.adminToken();

        assertThat(api.delete("/api/v1/auth/token", loggingOut).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/me", loggingOut).status()).isEqualTo(401);
        assertThat(api.delete("/api/v1/auth/token", loggingOut).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", other).status()).isEqualTo(200);
    }

    @Test
    void after_five_failed_logins_an_email_waits_a_second_even_with_the_right_password() {
        Map<String, String> wrong = Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", "guess");
        Map<String, String> right = Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", InMemorySystem.ADMIN_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/token", null, wrong).status()).isEqualTo(401);
        }

        Reply refused = api.post("/api/v1/auth/token", null, right);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.json().get("code").asText()).isEqualTo("auth.too_many_attempts");
        assertThat(api.post("/api/v1/auth/token", null,
                Map.of("email", " ADMIN@example.com ", "password", InMemorySystem.ADMIN_PASSWORD)).status()).isEqualTo(429);
        api.system().clock().advance(Duration.ofSeconds(1));
        assertThat(api.post("/api/v1/auth/token", null, right).status()).isEqualTo(200);
    }

    @Test
    void the_failures_of_one_email_do_not_slow_down_another() {
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/token", null, Map.of("email", "someone@example.com", "password", "guess"));
        }

        assertThat(api.post("/api/v1/auth/token", null,
                Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", InMemorySystem.ADMIN_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void a_successful_login_clears_the_failures_before_it() {
        Map<String, String> wrong = Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", "guess");
        for (int i = 0; i < 4; i++) {
            api.post("/api/v1/auth/token", null, wrong);
        }
        api.adminToken();

        for (int i = 0; i < 4; i++) {
            assertThat(api.post("/api/v1/auth/token", null, wrong).status()).isEqualTo(401);
        }
        assertThat(api.adminToken()).isNotBlank();
    }
}
