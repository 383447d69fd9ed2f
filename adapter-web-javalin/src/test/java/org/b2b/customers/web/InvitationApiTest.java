package org.b2b.customers.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.web.CompanyApiTest.fieldsOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InvitationApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();
    private final CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
    private final String invitations = "/api/v1/companies/" + company.id() + "/invitations";

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode invite(String email) {
        Reply reply = api.post(invitations, admin, Map.of("invitations", List.of(Map.of("email", email, "role", "company_buyer"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("results").get(0);
    }

    private String linkOf(String invitationId) {
        Reply reply = api.get(invitations + "/" + invitationId + "/link", admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("url").asText();
    }

    @Test
    void a_bulk_invitation_reports_each_line() {
        Reply reply = api.post(invitations, admin, Map.of("invitations", List.of(
                Map.of("email", "anna@buyer.example", "role", "company_buyer"),
                Map.of("email", "not an email", "role", "company_buyer"),
                Map.of("email", "anna@buyer.example", "role", "company_buyer"),
                Map.of("email", "ben@buyer.example", "role", "no_such_role"))));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(results).extracting(r -> r.get("outcome").asText())
                .containsExactly("INVITED", "INVALID_EMAIL", "DUPLICATE", "UNKNOWN_ROLE");
        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(results.get(0).has("invitationId")).isTrue();
        assertThat(results.get(1).has("invitationId")).isFalse();
    }

    @Test
    void invitations_are_listed_with_the_contract_fields_and_filtered_by_status() {
        String id = invite("anna@buyer.example").get("invitationId").asText();

        Reply pending = api.get(invitations + "?status=PENDING", admin);
        Reply revoked = api.get(invitations + "?status=REVOKED", admin);

        assertThat(pending.json().get("items")).hasSize(1);
        JsonNode item = pending.json().get("items").get(0);
        assertThat(fieldsOf(item)).contains("id", "companyId", "email", "role", "status", "createdAt", "expiresAt",
                "lastSentAt", "sendCount", "invitedBy");
        assertThat(item.get("id").asText()).isEqualTo(id);
        assertThat(item.get("sendCount").asInt()).isEqualTo(1);
        assertThat(revoked.json().get("items")).isEmpty();
        assertThat(api.get(invitations + "?status=SOMETIMES", admin).status()).isEqualTo(422);
    }

    @Test
    void an_invitation_says_who_sent_it_by_user_id_and_name() {
        String id = invite("anna@buyer.example").get("invitationId").asText();
        JsonNode me = api.get("/api/v1/me", admin).json();

        JsonNode listed = api.get(invitations, admin).json().get("items").get(0);
        JsonNode revoked = api.post(invitations + "/" + id + "/revoke", admin, null).json();

        assertThat(fieldsOf(listed.get("invitedBy"))).containsExactlyInAnyOrder("userId", "name");
        assertThat(listed.get("invitedBy").get("userId").asText()).isEqualTo(me.get("userId").asText());
        assertThat(listed.get("invitedBy").get("name").asText())
                .isEqualTo(me.get("firstName").asText() + " " + me.get("lastName").asText());
        assertThat(revoked.get("invitedBy")).isEqualTo(listed.get("invitedBy"));
    }

    @Test
    void a_buyer_may_not_invite_403() {
        MemberView buyer = api.data().member(company, "company_buyer");

        Reply reply = api.post(invitations, api.tokenOf(buyer),
                Map.of("invitations", List.of(Map.of("email", "x@buyer.example", "role", "company_buyer"))));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(api.get(invitations, admin).json().get("items")).isEmpty();
    }

    @Test
    void the_link_registers_a_new_member_who_then_logs_in() {
        String id = invite("anna@buyer.example").get("invitationId").asText();
        String url = linkOf(id);
        String token = TestData.tokenOf(url);
        assertThat(url).startsWith(api.system().settings().publicUrl() + "/register/");

        Reply opened = api.get("/api/v1/registrations/" + token, null);
        Reply registered = api.post("/api/v1/registrations", null, Map.of("token", token, "firstName", "Anna",
                "lastName", "Berg", "password", "a long enough password"));

        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("companyName").asText()).isEqualTo("Acme Industrial");
        assertThat(opened.json().get("email").asText()).isEqualTo("anna@buyer.example");
        assertThat(opened.json().get("role").asText()).isEqualTo("company_buyer");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("companyId").asText()).isEqualTo(company.id().toString());
        String memberToken = api.tokenOf("anna@buyer.example", "a long enough password");
        assertThat(api.get("/api/v1/me", memberToken).json().get("companyId").asText()).isEqualTo(company.id().toString());
    }

    @Test
    void an_existing_account_accepts_only_with_its_own_bearer_token_never_with_a_password() {
        UserView pooled = api.data().poolUser();
        String token = TestData.tokenOf(linkOf(invite(pooled.email()).get("invitationId").asText()));
        Map<String, String> withPassword = Map.of("token", token, "password", TestData.PASSWORD);

        Reply guessed = api.post("/api/v1/registrations", null, withPassword);
        assertThat(guessed.status()).isEqualTo(401);
        assertThat(guessed.json().get("code").asText()).isEqualTo("registration.sign_in_required");
        Reply other = api.post("/api/v1/registrations", api.tokenOf(api.data().poolUser()), Map.of("token", token));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("code").asText()).isEqualTo("registration.other_account");

        Reply accepted = api.post("/api/v1/registrations", api.tokenOf(pooled), Map.of("token", token));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("userId").asText()).isEqualTo(pooled.id().toString());
        assertThat(accepted.json().get("companyId").asText()).isEqualTo(company.id().toString());
    }

    @Test
    void a_used_link_is_gone_410_and_an_unknown_one_is_404() {
        String token = TestData.tokenOf(linkOf(invite("anna@buyer.example").get("invitationId").asText()));
        api.post("/api/v1/registrations", null, Map.of("token", token, "firstName", "Anna", "lastName", "Berg",
                "password", "a long enough password"));

        Reply used = api.get("/api/v1/registrations/" + token, null);
        Reply again = api.post("/api/v1/registrations", null, Map.of("token", token, "firstName", "Anna",
                "lastName", "Berg", "password", "a long enough password"));

        assertThat(used.status()).isEqualTo(410);
        assertThat(used.json().get("code").asText()).isEqualTo("invitation.accepted");
        assertThat(again.status()).isEqualTo(410);
        assertThat(api.get("/api/v1/registrations/" + "A".repeat(43), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/registrations/nonsense", null).status()).isEqualTo(404);
    }

    @Test
    void a_revoked_or_expired_link_is_gone_410() {
        String revokedId = invite("anna@buyer.example").get("invitationId").asText();
        String revokedToken = TestData.tokenOf(linkOf(revokedId));
        String expiredToken = TestData.tokenOf(linkOf(invite("ben@buyer.example").get("invitationId").asText()));

        Reply revoked = api.post(invitations + "/" + revokedId + "/revoke", admin, null);
        api.system().clock().advance(Duration.ofDays(8));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
        assertThat(api.get("/api/v1/registrations/" + revokedToken, null).json().get("code").asText())
                .isEqualTo("invitation.revoked");
        assertThat(api.get("/api/v1/registrations/" + revokedToken, null).status()).isEqualTo(410);
        assertThat(api.get("/api/v1/registrations/" + expiredToken, null).status()).isEqualTo(410);
        assertThat(api.get(invitations + "/" + revokedId + "/link", api.adminToken()).status()).isEqualTo(409);
    }

    @Test
    void the_link_of_a_deactivated_company_is_gone_410() {
        String token = TestData.tokenOf(linkOf(invite("anna@buyer.example").get("invitationId").asText()));

        api.patch("/api/v1/companies/" + company.id(), admin, Map.of("status", "DEACTIVATED"));

        Reply reply = api.get("/api/v1/registrations/" + token, null);
        assertThat(reply.status()).isEqualTo(410);
        assertThat(reply.json().get("code").asText()).isEqualTo("company.deactivated");
    }

    @Test
    void resending_sends_again() {
        String id = invite("anna@buyer.example").get("invitationId").asText();

        Reply reply = api.post(invitations + "/" + id + "/resend", admin, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("sendCount").asInt()).isEqualTo(2);
        assertThat(api.system().outbox().messagesTo(EmailAddress.of("anna@buyer.example"))).hasSize(2);
    }

    @Test
    void a_fourth_resend_within_the_hour_is_refused_with_retry_after_and_when_it_is_possible() {
        String id = invite("anna@buyer.example").get("invitationId").asText();
        for (int i = 0; i < 3; i++) {
            api.system().clock().advance(Duration.ofMinutes(10));
            assertThat(api.post(invitations + "/" + id + "/resend", admin, null).status()).isEqualTo(200);
        }
        api.system().clock().advance(Duration.ofMinutes(5));

        Reply refused = api.post(invitations + "/" + id + "/resend", admin, null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.json().get("code").asText()).isEqualTo("invitation.resend_limit");
        assertThat(refused.header("Retry-After")).isEqualTo(String.valueOf(Duration.ofMinutes(35).toSeconds()));
        assertThat(refused.json().get("detail").asText()).contains(
                InMemorySystem.DEFAULT_START.plus(Duration.ofMinutes(70)).toString());
        assertThat(api.system().outbox().messagesTo(EmailAddress.of("anna@buyer.example"))).hasSize(4);
        api.system().clock().advance(Duration.ofMinutes(20));
        assertThat(api.post(invitations + "/" + id + "/resend", admin, null).header("Retry-After"))
                .isEqualTo(String.valueOf(Duration.ofMinutes(15).toSeconds()));
        api.system().clock().advance(Duration.ofMinutes(15));
        assertThat(api.post(invitations + "/" + id + "/resend", admin, null).status()).isEqualTo(200);
    }

    @Test
    void a_file_of_addresses_is_imported_with_the_same_report() {
        byte[] file = "email,role\nanna@buyer.example,company_admin\nben@buyer.example\nnot-an-email\n".getBytes(UTF_8);

        Reply reply = upload(file, "text/csv", "company_buyer");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("results")).extracting(r -> r.get("outcome").asText())
                .containsExactly("INVITED", "INVITED", "INVALID_EMAIL");
        assertThat(reply.json().get("results")).extracting(r -> r.get("line").asInt()).containsExactly(2, 3, 4);
    }

    @Test
    void a_binary_upload_is_a_422_naming_the_file() {
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }

        Reply reply = upload(binary, "application/octet-stream", "company_buyer");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(api.get(invitations, admin).json().get("items")).isEmpty();
    }

    @Test
    void an_upload_over_four_mebibytes_is_a_413_that_says_the_limit() {
        byte[] large = ("someone@buyer.example\n".repeat(200_000)).getBytes(UTF_8);

        Reply reply = upload(large, "text/plain", "company_buyer");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith(Problems.CONTENT_TYPE);
        assertThat(reply.json().get("detail").asText()).isEqualTo("file: must be at most 4 MiB");
        assertThat(api.get(invitations, admin).json().get("items")).isEmpty();
    }

    @Test
    void a_file_of_ten_thousand_addresses_over_the_old_one_mebibyte_is_imported_whole() {
        StringBuilder file = new StringBuilder("email,role\r\n");
        for (int i = 1; i <= 10_000; i++) {
            file.append("\"a.rather.long.name.for.the.person.with.the.number.").append(i).append("@a-much-longer-domain-name.buyer.example\",")
                    .append("company_buyer\r\n");
        }
        byte[] content = file.toString().getBytes(UTF_8);
        assertThat(content.length).isGreaterThan(1024 * 1024);

        Reply reply = upload(content, "text/csv", "company_buyer");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(results).hasSize(10_000).allSatisfy(r -> assertThat(r.get("outcome").asText()).isEqualTo("INVITED"));
        assertThat(results.get(9_999).get("line").asInt()).isEqualTo(10_001);
        assertThat(results.get(9_999).get("email").asText())
                .isEqualTo("a.rather.long.name.for.the.person.with.the.number.10000@a-much-longer-domain-name.buyer.example");
        assertThat(api.system().outbox().messages()).hasSize(10_000);
    }

    @Test
    void a_file_of_ten_thousand_and_one_addresses_is_a_422_naming_the_file_and_its_limit() {
        byte[] content = ("email\n" + "someone@buyer.example\n".repeat(10_001)).getBytes(UTF_8);

        Reply reply = upload(content, "text/plain", "company_buyer");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(reply.json().get("errors").get(0).get("message").asText())
                .isEqualTo("must hold at most 10,000 email addresses");
    }

    @Test
    void a_json_request_of_ten_thousand_invitees_is_answered_and_one_more_is_a_422_naming_the_invitations() {
        List<Map<String, String>> invitees = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            invitees.add(Map.of("email", "person." + i + "@buyer.example", "role", "company_buyer"));
        }

        Reply answered = api.post(invitations, admin, Map.of("invitations", invitees));
        invitees.add(Map.of("email", "one.too.many@buyer.example", "role", "company_buyer"));
        Reply refused = api.post(invitations, admin, Map.of("invitations", invitees));

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("results")).hasSize(10_000);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("invitations");
        assertThat(refused.json().get("errors").get(0).get("message").asText())
                .isEqualTo("must hold 1 to 10,000 invitations");
    }

    @Test
    void an_import_that_is_not_multipart_is_a_415() {
        Reply reply = api.post(invitations + "/import", admin, "{\"file\":\"anna@buyer.example\"}");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith(Problems.CONTENT_TYPE);
    }

    @Test
    void an_import_without_a_file_is_a_422_naming_the_file() {
        Reply reply = api.send(multipart(null, null, "company_buyer"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
    }

    private Reply upload(byte[] file, String contentType, String role) {
        return api.send(multipart(file, contentType, role));
    }

    private HttpRequest multipart(byte[] file, String contentType, String role) {
        return api.multipart(invitations + "/import", admin, Map.of("role", role), "people.csv", contentType, file);
    }
}
