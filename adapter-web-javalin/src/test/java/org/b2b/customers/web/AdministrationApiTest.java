package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.web.CompanyApiTest.fieldsOf;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdministrationApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void customer_groups_are_created_listed_and_edited_with_if_match() {
        Reply created = api.post("/api/v1/customer-groups", admin,
                Map.of("identifier", "wholesale", "name", "Wholesale", "globalPriceRate", "-7.5"));
        String id = created.json().get("id").asText();

        Reply edited = api.send("PATCH", "/api/v1/customer-groups/" + id, admin, "{\"globalPriceRate\": 12}",
                "If-Match", created.header("ETag"));
        Reply stale = api.send("PATCH", "/api/v1/customer-groups/" + id, admin, "{\"name\":\"Lost\"}",
                "If-Match", created.header("ETag"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(fieldsOf(created.json())).contains("id", "identifier", "name", "globalPriceRate");
        assertThat(created.json().get("globalPriceRate").decimalValue()).isEqualByComparingTo("-7.5");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("globalPriceRate").decimalValue()).isEqualByComparingTo("12");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/customer-groups", admin).json().get("items"))
                .extracting(g -> g.get("identifier").asText()).contains("wholesale");
    }

    @Test
    void one_customer_group_is_read_with_its_version_as_etag() {
        Reply created = api.post("/api/v1/customer-groups", admin,
                Map.of("identifier", "wholesale", "name", "Wholesale", "globalPriceRate", "-7.5"));
        String path = "/api/v1/customer-groups/" + created.json().get("id").asText();
        Reply edited = api.send("PATCH", path, admin, "{\"name\":\"Wholesale EU\"}", "If-Match", created.header("ETag"));

        Reply read = api.get(path, admin);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(edited.json());
        assertThat(read.header("ETag")).isEqualTo(edited.header("ETag"))
                .isEqualTo("\"" + read.json().get("version").asLong() + "\"");
        assertThat(api.get("/api/v1/customer-groups/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.get(path, api.tokenOf(api.data().member(api.data().company("Acme",
                api.data().salesRepresentative()), "company_admin"))).status()).isEqualTo(403);
    }

    @Test
    void users_are_created_and_the_pool_is_listed() {
        Reply created = api.post("/api/v1/users", admin, Map.of("email", "new@buyer.example", "firstName", "New",
                "lastName", "Customer", "type", "CUSTOMER", "roles", List.of(), "password", "a long enough password"));
        api.data().member(api.data().company("Acme", api.data().salesRepresentative()), "company_buyer");

        Reply pool = api.get("/api/v1/users?unassigned=true&type=CUSTOMER", admin);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(fieldsOf(created.json())).contains("id", "email", "firstName", "lastName", "type", "roles", "companyId");
        assertThat(created.json().has("password")).isFalse();
        assertThat(pool.json().get("items")).extracting(u -> u.get("email").asText()).containsExactly("new@buyer.example");
        assertThat(api.get("/api/v1/users?unassigned=maybe", admin).status()).isEqualTo(422);
    }

    @Test
    void a_common_password_is_refused_on_its_field_with_a_code_and_the_reason() {
        Reply refused = api.post("/api/v1/users", admin, Map.of("email", "new@buyer.example", "firstName", "New",
                "lastName", "Customer", "type", "CUSTOMER", "roles", List.of(), "password", "password1234"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asText()).isEqualTo("password");
            assertThat(error.get("code").asText()).isEqualTo("too_guessable");
            assertThat(error.get("message").asText()).contains("This is a very common password.");
        });
    }

    @Test
    void roles_are_listed_read_with_etag_created_and_replaced() {
        Reply created = api.post("/api/v1/roles", admin, Map.of("identifier", "order_reader", "name", "Order reader",
                "audience", "CUSTOMER", "policies", List.of(Map.of("module", "order", "function", "view",
                        "limitations", List.of("own_company")))));
        Reply read = api.get("/api/v1/roles/order_reader", admin);

        Reply replaced = api.send("PUT", "/api/v1/roles/order_reader", admin,
                "{\"name\":\"Order viewer\",\"policies\":[]}", "If-Match", read.header("ETag"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(fieldsOf(read.json())).contains("identifier", "name", "policies");
        assertThat(read.json().get("policies").get(0).get("module").asText()).isEqualTo("order");
        assertThat(read.json().get("policies").get(0).get("limitations").get(0).asText()).isEqualTo("own_company");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("Order viewer");
        assertThat(api.get("/api/v1/roles", admin).json().get("items")).extracting(r -> r.get("identifier").asText())
                .contains("administrator", "company_admin", "order_reader");
        assertThat(api.get("/api/v1/roles/no_such_role", admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/roles/NOT%20A%20ROLE", admin).status()).isEqualTo(404);
    }

    @Test
    void explain_says_why_a_user_may_or_may_not() {
        UserView rep = api.data().salesRepresentative();
        CompanyView own = api.data().company("Own", rep);
        CompanyView foreign = api.data().company("Foreign", api.data().salesRepresentative());

        Reply allowed = api.get("/api/v1/permissions/explain?userId=" + rep.id() + "&policy=company/edit&companyId="
                + own.id(), admin);
        Reply denied = api.get("/api/v1/permissions/explain?userId=" + rep.id() + "&policy=company/edit&companyId="
                + foreign.id(), admin);

        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(fieldsOf(allowed.json())).containsExactlyInAnyOrder("allowed", "role", "policy", "limitation", "reason");
        assertThat(allowed.json().get("allowed").asBoolean()).isTrue();
        assertThat(allowed.json().get("role").asText()).isEqualTo("sales_representative");
        assertThat(denied.json().get("allowed").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/permissions/explain?userId=x&policy=company/edit", admin).status()).isEqualTo(422);
    }

    @Test
    void staff_administration_is_forbidden_to_a_company_admin() {
        MemberView companyAdmin = api.data().member(api.data().company("Acme", api.data().salesRepresentative()),
                "company_admin");
        String token = api.tokenOf(companyAdmin);

        assertThat(api.post("/api/v1/customer-groups", token,
                Map.of("identifier", "x", "name", "X", "globalPriceRate", "1")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/users", token).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/companies", token, Map.of("name", "Mine")).status()).isEqualTo(403);
    }

    @Test
    void the_permission_catalogue_lists_what_roles_are_made_of() {
        Reply reply = api.get("/api/v1/permissions", admin);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("permissions")).extracting(p -> p.get("key").asText()).contains("company/edit");
    }
}
