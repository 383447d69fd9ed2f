package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.web.CompanyApiTest.fieldsOf;

import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();
    private final CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
    private final String members = "/api/v1/companies/" + company.id() + "/members";

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void members_are_listed_with_the_contract_fields() {
        MemberView member = api.data().member(company, "company_admin");

        Reply reply = api.get(members, admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("nextCursor").isNull()).isTrue();
        assertThat(fieldsOf(reply.json().get("items").get(0))).contains("id", "companyId", "userId", "email",
                "firstName", "lastName", "phone", "role", "status");
        assertThat(reply.json().get("items").get(0).get("id").asText()).isEqualTo(member.id().toString());
        assertThat(reply.json().get("items").get(0).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void one_member_is_read_with_its_version_as_etag() {
        MemberView member = api.data().member(company, "company_buyer");

        Reply read = api.get(members + "/" + member.id(), admin);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(api.get(members, admin).json().get("items").get(0));
        assertThat(read.header("ETag")).isEqualTo("\"" + member.version() + "\"");
        assertThat(read.json().get("version").asLong()).isEqualTo(member.version());
    }

    @Test
    void a_user_from_the_pool_is_added_with_201_and_a_user_in_a_company_is_a_409() {
        UserView pooled = api.data().poolUser();
        CompanyView other = api.data().company("Other", api.data().salesRepresentative());

        Reply added = api.post(members, admin, Map.of("userId", pooled.id().toString(), "role", "company_buyer"));
        Reply again = api.post("/api/v1/companies/" + other.id() + "/members", admin,
                Map.of("userId", pooled.id().toString(), "role", "company_buyer"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("userId").asText()).isEqualTo(pooled.id().toString());
        assertThat(added.json().get("role").asText()).isEqualTo("company_buyer");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("member.user_in_company");
    }

    @Test
    void a_member_is_edited_with_if_match_and_a_stale_one_is_a_412() {
        MemberView member = api.data().member(company, "company_buyer");
        String path = members + "/" + member.id();

        Reply edited = api.send("PATCH", path, admin, "{\"firstName\":\"Renamed\",\"role\":\"company_admin\"}",
                "If-Match", "\"" + member.version() + "\"");
        Reply stale = api.send("PATCH", path, admin, "{\"lastName\":\"Lost\"}", "If-Match", "\"" + member.version() + "\"");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("firstName").asText()).isEqualTo("Renamed");
        assertThat(edited.json().get("role").asText()).isEqualTo("company_admin");
        assertThat(edited.header("ETag")).isEqualTo("\"" + (member.version() + 1) + "\"");
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void a_member_is_removed_with_204() {
        MemberView member = api.data().member(company, "company_buyer");

        assertThat(api.delete(members + "/" + member.id(), admin).status()).isEqualTo(204);

        assertThat(api.get(members, admin).json().get("items").size()).isZero();
        assertThat(api.delete(members + "/" + member.id(), admin).status()).isEqualTo(404);
    }

    @Test
    void the_contact_person_cannot_be_removed_409() {
        MemberView contact = api.data().member(company, "company_admin");
        api.put("/api/v1/companies/" + company.id() + "/contact-person", admin, Map.of("memberId", contact.id().toString()));

        Reply reply = api.delete(members + "/" + contact.id(), admin);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("code").asText()).isEqualTo("contact_person.cannot_be_removed");
        assertThat(api.get(members, admin).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void the_contact_person_cannot_be_disabled_either_409_like_removal() {
        MemberView contact = api.data().member(company, "company_admin");
        api.put("/api/v1/companies/" + company.id() + "/contact-person", admin, Map.of("memberId", contact.id().toString()));

        Reply reply = api.patch(members + "/" + contact.id(), admin, Map.of("status", "DISABLED"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("code").asText()).isEqualTo("contact_person.cannot_be_disabled");
        assertThat(reply.json().get("title").asText()).isEqualTo("Conflict");
        assertThat(api.get(members, admin).json().get("items").get(0).get("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void a_member_of_another_company_is_not_found_through_this_one() {
        MemberView stranger = api.data().member(api.data().company("Other", api.data().salesRepresentative()), "company_buyer");

        assertThat(api.get(members + "/" + stranger.id(), admin).status()).isEqualTo(404);
        assertThat(api.patch(members + "/" + stranger.id(), admin, Map.of("firstName", "X")).status()).isEqualTo(404);
        assertThat(api.patch(members + "/not-a-uuid", admin, Map.of("firstName", "X")).status()).isEqualTo(404);
    }
}
