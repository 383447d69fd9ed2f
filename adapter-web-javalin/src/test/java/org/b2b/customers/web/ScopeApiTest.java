package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: a sales representative's list of users stays within the companies they represent and shows staff by
 * name only; a caller without user/create is refused before their input is looked at; a member gives no role
 * beyond their own; a customer role holds no staff power. Every reply is checked against the OpenAPI document.
 */
class ScopeApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void a_sales_representative_lists_staff_by_name_only_and_no_member_of_a_company_they_do_not_represent() {
        UserView rep = api.data().salesRepresentative();
        MemberView mine = api.data().member(api.data().company("Mine", rep), "company_admin");
        MemberView theirs = api.data().member(api.data().company("Theirs", api.data().salesRepresentative()),
                "company_admin");
        String token = api.tokenOf(rep);

        Reply all = api.get("/api/v1/users", token);
        Reply admins = api.get("/api/v1/users?role=company_admin", token);
        Reply byEmail = api.get("/api/v1/users?q=" + URLEncoder.encode(theirs.email(), StandardCharsets.UTF_8), token);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(ids(all.json().get("items"))).contains(mine.userId().toString())
                .doesNotContain(theirs.userId().toString());
        assertThat(all.body()).doesNotContain(theirs.email());
        assertThat(all.json().get("items")).filteredOn(u -> u.get("type").asText().equals("STAFF")).isNotEmpty()
                .allSatisfy(u -> {
                    assertThat(u.get("email").isNull()).isTrue();
                    assertThat(u.get("roles").isNull()).isTrue();
                    assertThat(u.get("phone").isNull()).isTrue();
                });
        assertThat(ids(admins.json().get("items"))).containsExactly(mine.userId().toString());
        assertThat(byEmail.json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/users", api.tokenOf(mine)).status()).isEqualTo(403);
    }

    @Test
    void a_buyer_creating_a_user_with_an_invalid_body_is_forbidden_rather_than_told_what_is_wrong() {
        MemberView buyer = api.data().member(api.data().company("Acme", api.data().salesRepresentative()),
                "company_buyer");

        Reply reply = api.post("/api/v1/users", api.tokenOf(buyer), Map.of("email", "not an email", "firstName", "",
                "type", "STAFF", "roles", List.of("administrator"), "password", "short"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(403);
    }

    @Test
    void customer_roles_hold_no_staff_power_and_members_give_no_role_beyond_their_own() {
        Reply shadow = api.post("/api/v1/roles", admin, Map.of("identifier", "shadow_admin", "name", "Shadow",
                "audience", "CUSTOMER", "policies", List.of(Map.of("module", "order", "function", "view",
                        "limitations", List.of("own_company")), Map.of("module", "user", "function", "create"))));
        Reply manager = api.post("/api/v1/roles", admin, Map.of("identifier", "member_manager", "name", "Members",
                "audience", "CUSTOMER", "policies", List.of(
                        Map.of("module", "company", "function", "view", "limitations", List.of("own_company")),
                        Map.of("module", "member", "function", "view", "limitations", List.of("own_company")),
                        Map.of("module", "member", "function", "edit", "limitations", List.of("own_company")))));
        var company = api.data().company("Acme", api.data().salesRepresentative());
        String token = api.tokenOf(api.data().member(company, "member_manager"));
        MemberView buyer = api.data().member(company, "company_buyer");

        Reply promoted = api.send("PATCH", "/api/v1/companies/" + company.id() + "/members/" + buyer.id(), token,
                "{\"role\":\"company_admin\"}");

        assertThat(shadow.status()).as(shadow.body()).isEqualTo(422);
        assertThat(shadow.json().get("errors").get(0).get("field").asText()).isEqualTo("policies[1]");
        assertThat(shadow.json().get("errors").get(0).get("message").asText())
                .startsWith("a customer role may hold only");
        assertThat(manager.status()).as(manager.body()).isEqualTo(201);
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(422);
        assertThat(promoted.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
        assertThat(promoted.json().get("errors").get(0).get("message").asText())
                .isEqualTo("company_admin grants more than your own role does");
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
