package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.group.CustomerGroupView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompanyApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();
    private final UserView rep = api.data().salesRepresentative();
    private final CustomerGroupView group = api.data().customerGroup();

    @AfterEach
    void stop() {
        api.close();
    }

    private Map<String, Object> newCompany(String name, String taxId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("taxId", taxId);
        body.put("customerGroupId", group.id().toString());
        body.put("salesRepresentativeId", rep.id().toString());
        return body;
    }

    @Test
    void a_created_company_answers_201_with_its_location_and_the_contract_fields() {
        Map<String, Object> body = newCompany("Acme Industrial", "DE123456788");
        body.put("website", "https://acme.example");
        body.put("billingAddress", Map.of("name", "Accounts payable", "street", "Hauptstraße 1", "postalCode", "10115",
                "city", "Berlin", "country", "DE"));

        Reply reply = api.post("/api/v1/companies", admin, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode company = reply.json();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/companies/" + company.get("id").asText());
        assertThat(fieldsOf(company)).containsExactlyInAnyOrder("id", "name", "taxId", "customerGroupId",
                "salesRepresentativeId", "website", "billingAddress", "contactPersonMemberId", "status", "createdAt",
                "updatedAt", "version");
        assertThat(company.get("name").asText()).isEqualTo("Acme Industrial");
        assertThat(company.get("taxId").asText()).isEqualTo("DE123456788");
        assertThat(company.get("customerGroupId").asText()).isEqualTo(group.id().toString());
        assertThat(company.get("salesRepresentativeId").asText()).isEqualTo(rep.id().toString());
        assertThat(company.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(company.get("contactPersonMemberId").isNull()).isTrue();
        assertThat(company.get("createdAt").asText()).isEqualTo(api.system().clock().instant().toString());
        assertThat(fieldsOf(company.get("billingAddress"))).containsExactlyInAnyOrder("id", "type", "name", "street",
                "postalCode", "city", "region", "country", "email", "phone", "taxId", "isDefault", "version");
        assertThat(company.get("billingAddress").get("isDefault").asBoolean()).isTrue();
    }

    @Test
    void a_company_without_a_billing_address_has_null_there() {
        Reply reply = api.post("/api/v1/companies", admin, newCompany("Bare Ltd", "DE223456783"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("billingAddress").isNull()).isTrue();
        assertThat(reply.json().get("website").isNull()).isTrue();
    }

    @Test
    void fields_the_client_may_not_set_are_ignored_not_bound() {
        Map<String, Object> body = newCompany("Acme Industrial", "DE423456789");
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("version", 99);
        body.put("status", "DEACTIVATED");
        body.put("contactPersonMemberId", "00000000-0000-0000-0000-000000000002");
        body.put("createdAt", "2000-01-01T00:00:00Z");

        Reply reply = api.post("/api/v1/companies", admin, body);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("id").asText()).isNotEqualTo("00000000-0000-0000-0000-000000000001");
        assertThat(reply.json().get("version").asLong()).isNotEqualTo(99);
        assertThat(reply.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(reply.json().get("contactPersonMemberId").isNull()).isTrue();
        assertThat(reply.json().get("createdAt").asText()).isEqualTo(api.system().clock().instant().toString());
    }

    @Test
    void invalid_fields_are_a_422_naming_each_of_them() {
        Map<String, Object> body = newCompany("", " ");
        body.put("customerGroupId", "not-a-uuid");

        Reply reply = api.post("/api/v1/companies", admin, body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith(Problems.CONTENT_TYPE);
        assertThat(fieldNamesOf(reply.json().get("errors"))).contains("name", "taxId", "customerGroupId");
    }

    @Test
    void a_vat_number_whose_check_digit_does_not_match_is_a_422_that_says_so() {
        Reply reply = api.post("/api/v1/companies", admin, newCompany("Acme Industrial", "DE 123 456 789"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors")).hasSize(1);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("taxId");
        assertThat(reply.json().get("errors").get(0).get("message").asText())
                .isEqualTo("is not a valid DE VAT number: its check digit does not match");
    }

    @Test
    void a_vat_number_out_of_its_country_format_is_a_422_naming_the_country() {
        Reply reply = api.post("/api/v1/companies", admin, newCompany("Acme Industrial", "HU12"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("taxId");
        assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo("is not a valid HU VAT number");
    }

    @Test
    void a_taken_tax_id_is_a_409() {
        api.post("/api/v1/companies", admin, newCompany("First", "DE323456784"));

        assertThat(api.post("/api/v1/companies", admin, newCompany("Second", "DE323456784")).status()).isEqualTo(409);
    }

    @Test
    void a_company_is_read_with_its_version_as_etag() {
        CompanyView company = api.data().company("Acme Industrial", rep);

        Reply reply = api.get("/api/v1/companies/" + company.id(), admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"" + company.version() + "\"");
        assertThat(reply.json().get("version").asLong()).isEqualTo(company.version());
    }

    @Test
    void a_patch_with_the_current_if_match_changes_only_the_fields_sent() {
        CompanyView company = api.data().company("Acme Industrial", rep);

        Reply reply = api.send("PATCH", "/api/v1/companies/" + company.id(), admin, "{\"name\":\"Acme Renamed\"}",
                "If-Match", "\"" + company.version() + "\"");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("name").asText()).isEqualTo("Acme Renamed");
        assertThat(reply.json().get("taxId").asText()).isEqualTo(company.taxId());
        assertThat(reply.header("ETag")).isEqualTo("\"" + (company.version() + 1) + "\"");
    }

    @Test
    void a_patch_with_a_stale_if_match_is_a_412_and_changes_nothing() {
        CompanyView company = api.data().company("Acme Industrial", rep);
        api.patch("/api/v1/companies/" + company.id(), admin, Map.of("website", "https://first.example"));

        Reply stale = api.send("PATCH", "/api/v1/companies/" + company.id(), admin, "{\"name\":\"Lost update\"}",
                "If-Match", "\"" + company.version() + "\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asText()).isEqualTo("company.stale_version");
        assertThat(api.get("/api/v1/companies/" + company.id(), admin).json().get("name").asText()).isEqualTo("Acme Industrial");
    }

    @Test
    void a_weak_if_match_never_matches_so_the_patch_is_a_412_and_changes_nothing() {
        CompanyView company = api.data().company("Acme Industrial", rep);

        Reply reply = api.send("PATCH", "/api/v1/companies/" + company.id(), admin, "{\"name\":\"Weakly renamed\"}",
                "If-Match", "W/\"" + company.version() + "\"");

        assertThat(reply.status()).isEqualTo(412);
        assertThat(reply.json().get("code").asText()).isEqualTo("company.stale_version");
        assertThat(api.get("/api/v1/companies/" + company.id(), admin).json().get("name").asText()).isEqualTo("Acme Industrial");
    }

    @Test
    void an_if_match_list_matches_when_any_listed_tag_is_the_current_version() {
        CompanyView company = api.data().company("Acme Industrial", rep);
        String path = "/api/v1/companies/" + company.id();

        Reply listed = api.send("PATCH", path, admin, "{\"name\":\"Listed\"}",
                "If-Match", "\"" + company.version() + "\", \"999\"");
        Reply inTwoLines = api.send("PATCH", path, admin, "{\"name\":\"Two lines\"}",
                "If-Match", "\"999\"", "If-Match", "\"" + (company.version() + 1) + "\"");
        Reply noneCurrent = api.send("PATCH", path, admin, "{\"name\":\"Lost\"}", "If-Match", "\"998\", \"999\"");

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(inTwoLines.status()).as(inTwoLines.body()).isEqualTo(200);
        assertThat(inTwoLines.json().get("name").asText()).isEqualTo("Two lines");
        assertThat(noneCurrent.status()).isEqualTo(412);
    }

    @Test
    void an_if_match_of_star_matches_whatever_version_is_current() {
        CompanyView company = api.data().company("Acme Industrial", rep);
        api.patch("/api/v1/companies/" + company.id(), admin, Map.of("website", "https://first.example"));

        Reply reply = api.send("PATCH", "/api/v1/companies/" + company.id(), admin, "{\"name\":\"Starred\"}",
                "If-Match", "*");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("name").asText()).isEqualTo("Starred");
    }

    @Test
    void an_if_match_that_is_no_etag_is_a_400() {
        CompanyView company = api.data().company("Acme Industrial", rep);

        Reply reply = api.send("PATCH", "/api/v1/companies/" + company.id(), admin, "{\"name\":\"X\"}",
                "If-Match", "version three");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fieldNamesOf(reply.json().get("errors"))).containsExactly("If-Match");
    }

    @Test
    void a_company_is_deactivated_by_patching_its_status() {
        CompanyView company = api.data().company("Acme Industrial", rep);

        Reply reply = api.patch("/api/v1/companies/" + company.id(), admin, Map.of("status", "DEACTIVATED"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("DEACTIVATED");
    }

    @Test
    void the_list_pages_with_limit_and_cursor_and_searches_by_name_prefix() {
        for (String name : List.of("Alpha One", "Alpha Two", "Alpha Three", "Beta")) {
            api.data().company(name, rep);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = api.get("/api/v1/companies?q=alpha&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
            page.json().get("items").forEach(item -> names.add(item.get("name").asText()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
        } while (cursor != null);

        assertThat(names).containsExactly("Alpha One", "Alpha Three", "Alpha Two");
    }

    @Test
    void a_list_filters_by_status_group_and_representative() {
        CompanyView kept = api.data().company("Kept", rep);
        api.data().company("Other", api.data().salesRepresentative());

        Reply reply = api.get("/api/v1/companies?salesRepresentativeId=" + rep.id() + "&status=ACTIVE&customerGroupId="
                + kept.customerGroupId(), admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("items")).extracting(item -> item.get("id").asText())
                .containsExactly(kept.id().toString());
    }

    @Test
    void a_limit_out_of_range_or_not_a_number_is_a_422_naming_limit() {
        for (String limit : List.of("0", "201", "abc", "1e3", "99999999999")) {
            Reply reply = api.get("/api/v1/companies?limit=" + limit, admin);
            assertThat(reply.status()).as(limit).isEqualTo(422);
            assertThat(fieldNamesOf(reply.json().get("errors"))).as(limit).containsExactly("limit");
        }
    }

    @Test
    void a_cursor_that_is_not_one_of_this_list_is_a_422_naming_cursor() {
        for (String cursor : List.of("garbage", "AAAA", "x".repeat(600), "%27%20OR%201%3D1")) {
            Reply reply = api.get("/api/v1/companies?cursor=" + cursor, admin);
            assertThat(reply.status()).as(cursor).isEqualTo(422);
            assertThat(fieldNamesOf(reply.json().get("errors"))).as(cursor).containsOnly("cursor");
        }
    }

    @Test
    void a_sales_representative_gets_404_for_a_company_they_do_not_represent() {
        CompanyView foreign = api.data().company("Foreign", api.data().salesRepresentative());
        CompanyView own = api.data().company("Own", rep);
        String repToken = api.tokenOf(rep);

        assertThat(api.get("/api/v1/companies/" + foreign.id(), repToken).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/companies/" + own.id(), repToken).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/companies", repToken).json().get("items"))
                .extracting(item -> item.get("id").asText()).containsExactly(own.id().toString());
    }

    @Test
    void a_path_id_that_is_not_a_uuid_is_a_404_like_an_unknown_one() {
        assertThat(api.get("/api/v1/companies/not-a-uuid", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/companies/00000000-0000-0000-0000-000000000000", admin).status()).isEqualTo(404);
    }

    @Test
    void the_contact_person_is_set_to_a_member_of_the_company_and_refused_for_anyone_else() {
        CompanyView company = api.data().company("Acme Industrial", rep);
        MemberView member = api.data().member(company, "company_admin");
        MemberView stranger = api.data().member(api.data().company("Other", rep), "company_admin");

        Reply refused = api.put("/api/v1/companies/" + company.id() + "/contact-person", admin,
                Map.of("memberId", stranger.id().toString()));
        Reply assigned = api.put("/api/v1/companies/" + company.id() + "/contact-person", admin,
                Map.of("memberId", member.id().toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("contact_person.not_a_member");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("contactPersonMemberId").asText()).isEqualTo(member.id().toString());
    }

    @Test
    void the_summary_counts_members_invitations_and_orders() {
        CompanyView company = api.data().company("Acme Industrial", rep);
        api.data().member(company, "company_admin");
        api.data().order(company.id(), "SO-1", "19.90", "EUR");

        Reply reply = api.get("/api/v1/companies/" + company.id() + "/summary", admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("company").get("id").asText()).isEqualTo(company.id().toString());
        assertThat(reply.json().get("memberCount").asLong()).isEqualTo(1);
        assertThat(reply.json().get("pendingInvitationCount").asLong()).isZero();
        assertThat(reply.json().get("orderCount").asLong()).isEqualTo(1);
        assertThat(reply.json().get("latestOrders").get(0).get("total").asText()).isEqualTo("19.90");
        assertThat(reply.json().get("latestOrders").get(0).get("total").isTextual()).isTrue();
    }

    static List<String> fieldsOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> fieldNamesOf(JsonNode errors) {
        List<String> names = new ArrayList<>();
        errors.forEach(error -> names.add(error.get("field").asText()));
        return names;
    }
}
