package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.web.CompanyApiTest.fieldsOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.MemberView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddressOrderHistoryApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();
    private final CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
    private final String base = "/api/v1/companies/" + company.id();

    @AfterEach
    void stop() {
        api.close();
    }

    private static Map<String, Object> shipping(String city) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "SHIPPING", "name", "Goods receiving",
                "street", "Lagerweg 1", "postalCode", "20095", "city", city, "country", "DE"));
        body.put("isDefault", false);
        return body;
    }

    @Test
    void addresses_are_added_listed_replaced_and_removed() {
        Reply added = api.post(base + "/addresses", admin, shipping("Hamburg"));
        String id = added.json().get("id").asText();
        Map<String, Object> moved = shipping("Bremen");
        moved.put("isDefault", true);

        Reply replaced = api.put(base + "/addresses/" + id, admin, moved);
        Reply listed = api.get(base + "/addresses?type=SHIPPING", admin);
        Reply removed = api.delete(base + "/addresses/" + id, admin);

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(fieldsOf(added.json())).containsExactlyInAnyOrder("id", "type", "name", "street", "postalCode",
                "city", "region", "country", "email", "phone", "taxId", "isDefault", "version");
        assertThat(added.json().get("isDefault").asBoolean()).isTrue();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("city").asText()).isEqualTo("Bremen");
        assertThat(listed.json().get("items")).extracting(a -> a.get("id").asText()).containsExactly(id);
        assertThat(listed.json().get("nextCursor").isNull()).isTrue();
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get(base + "/addresses?type=SHIPPING", admin).json().get("items")).isEmpty();
    }

    @Test
    void one_address_is_read_with_its_version_as_etag() {
        Reply added = api.post(base + "/addresses", admin, shipping("Hamburg"));
        String path = base + "/addresses/" + added.json().get("id").asText();

        Reply read = api.get(path, admin);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(added.json());
        assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asLong() + "\"")
                .isEqualTo(added.header("ETag"));
        assertThat(api.get(base + "/addresses/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.get(base + "/addresses/not-an-id", admin).status()).isEqualTo(404);
    }

    @Test
    void an_address_is_replaced_and_removed_with_if_match_and_a_stale_one_is_a_412() {
        Reply added = api.post(base + "/addresses", admin, shipping("Hamburg"));
        String path = base + "/addresses/" + added.json().get("id").asText();
        String etag = added.header("ETag");

        Reply replaced = api.send("PUT", path, admin, ApiClient.body(shipping("Bremen")), "If-Match", etag);
        Reply staleReplace = api.send("PUT", path, admin, ApiClient.body(shipping("Kiel")), "If-Match", etag);
        Reply staleRemove = api.send("DELETE", path, admin, null, "If-Match", etag);
        Reply weakRemove = api.send("DELETE", path, admin, null, "If-Match", "W/" + replaced.header("ETag"));
        Reply removed = api.send("DELETE", path, admin, null, "If-Match", replaced.header("ETag"));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.header("ETag")).isNotEqualTo(etag);
        assertThat(staleReplace.status()).isEqualTo(412);
        assertThat(staleReplace.json().get("code").asText()).isEqualTo("address.stale_version");
        assertThat(staleRemove.status()).isEqualTo(412);
        assertThat(weakRemove.status()).isEqualTo(412);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.get(path, admin).status()).isEqualTo(404);
    }

    @Test
    void replacing_one_address_leaves_the_etag_of_another_current() {
        Reply hamburg = api.post(base + "/addresses", admin, shipping("Hamburg"));
        Reply bremen = api.post(base + "/addresses", admin, shipping("Bremen"));
        String bremenPath = base + "/addresses/" + bremen.json().get("id").asText();

        api.send("PUT", base + "/addresses/" + hamburg.json().get("id").asText(), admin,
                ApiClient.body(shipping("Altona")), "If-Match", hamburg.header("ETag"));
        Reply replaced = api.send("PUT", bremenPath, admin, ApiClient.body(shipping("Vegesack")),
                "If-Match", bremen.header("ETag"));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("city").asText()).isEqualTo("Vegesack");
    }

    @Test
    void an_address_with_wrong_lines_is_a_422_naming_them() {
        Map<String, Object> body = shipping("Hamburg");
        body.put("country", "Germany");
        body.put("postalCode", "");

        Reply reply = api.post(base + "/addresses", admin, body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(CompanyApiTest.fieldNamesOf(reply.json().get("errors"))).contains("country", "postalCode");
    }

    @Test
    void an_order_from_the_shop_is_recorded_with_201_and_listed_newest_first() {
        MemberView buyer = api.data().member(company, "company_buyer");
        Map<String, Object> order = new HashMap<>(Map.of("number", "SO-1001", "placedAt", "2026-01-04T10:00:00Z",
                "currency", "EUR", "total", "1499.5", "placedByMemberId", buyer.id().toString()));

        Reply recorded = api.post(base + "/orders", admin, order);
        api.post(base + "/orders", admin, Map.of("number", "SO-1002", "currency", "EUR", "total", "10"));
        Reply listed = api.get(base + "/orders", admin);

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(fieldsOf(recorded.json())).containsExactlyInAnyOrder("id", "number", "placedAt", "placedByMemberId",
                "status", "currency", "total", "version");
        assertThat(recorded.json().get("total").asText()).isEqualTo("1499.50");
        assertThat(recorded.json().get("status").asText()).isEqualTo("PLACED");
        assertThat(listed.json().get("items")).extracting(o -> o.get("number").asText())
                .containsExactly("SO-1002", "SO-1001");
    }

    @Test
    void an_order_recorded_with_the_shop_s_own_status_keeps_it_as_sent() {
        Reply paid = api.post(base + "/orders", admin, Map.of("number", "SO-1", "status", "PAID", "currency", "EUR",
                "total", "10"));
        Reply awaiting = api.post(base + "/orders", admin, Map.of("number", "SO-2", "status", "Awaiting_Payment",
                "currency", "EUR", "total", "10"));
        Reply refused = api.post(base + "/orders", admin, Map.of("number", "SO-3", "status", "PAID IN FULL",
                "currency", "EUR", "total", "10"));

        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().get("status").asText()).isEqualTo("PAID");
        assertThat(paid.header("ETag")).isEqualTo("\"1\"");
        assertThat(paid.json().get("version").asLong()).isEqualTo(1);
        assertThat(awaiting.json().get("status").asText()).isEqualTo("Awaiting_Payment");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(CompanyApiTest.fieldNamesOf(refused.json().get("errors"))).containsExactly("status");
    }

    @Test
    void the_shop_patches_an_order_s_status_with_if_match_and_a_stale_one_is_a_412() {
        Reply recorded = api.post(base + "/orders", admin, Map.of("number", "SO-1", "status", "PAID",
                "currency", "EUR", "total", "10"));
        String path = base + "/orders/" + recorded.json().get("id").asText();
        api.system().clock().advance(Duration.ofMinutes(1));

        Reply shipped = api.send("PATCH", path, admin, "{\"status\":\"SHIPPED\"}", "If-Match", recorded.header("ETag"));
        Reply stale = api.send("PATCH", path, admin, "{\"status\":\"CANCELLED\"}", "If-Match", recorded.header("ETag"));

        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().get("status").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("number").asText()).isEqualTo("SO-1");
        assertThat(shipped.header("ETag")).isEqualTo("\"2\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asText()).isEqualTo("order.stale_version");
        assertThat(api.get(base + "/orders", admin).json().get("items").get(0).get("status").asText())
                .isEqualTo("SHIPPED");
        JsonNode entry = api.get(base + "/history?limit=1", admin).json().get("items").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("order.status_changed");
        assertThat(entry.get("details").get("status").asText()).isEqualTo("PAID → SHIPPED");
    }

    @Test
    void an_order_status_patch_names_a_wrong_status_and_an_unknown_order_is_a_404() {
        Reply recorded = api.post(base + "/orders", admin, Map.of("number", "SO-1", "currency", "EUR", "total", "10"));
        String path = base + "/orders/" + recorded.json().get("id").asText();

        Reply wrong = api.patch(path, admin, Map.of("status", "SHIPPED?"));
        Reply missing = api.patch(path, admin, Map.of());
        Reply unknown = api.patch(base + "/orders/" + UUID.randomUUID(), admin, Map.of("status", "SHIPPED"));
        Reply notAnId = api.patch(base + "/orders/SO-1", admin, Map.of("status", "SHIPPED"));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(CompanyApiTest.fieldNamesOf(wrong.json().get("errors"))).containsExactly("status");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(CompanyApiTest.fieldNamesOf(missing.json().get("errors"))).containsExactly("status");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(404);
    }

    @Test
    void a_total_sent_as_a_number_is_a_400_because_money_is_a_decimal_string() {
        Reply reply = api.post(base + "/orders", admin, Map.of("number", "SO-1", "currency", "EUR", "total", 10.5));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(CompanyApiTest.fieldNamesOf(reply.json().get("errors"))).containsExactly("total");
    }

    @Test
    void a_buyer_sees_the_orders_of_their_own_company_only() {
        MemberView buyer = api.data().member(company, "company_buyer");
        CompanyView other = api.data().company("Other", api.data().salesRepresentative());
        api.data().order(company.id(), "SO-1", "1.00", "EUR");
        String token = api.tokenOf(buyer);

        assertThat(api.get(base + "/orders", token).json().get("items")).hasSize(1);
        assertThat(api.get("/api/v1/companies/" + other.id() + "/orders", token).status()).isEqualTo(404);
    }

    @Test
    void the_history_lists_changes_newest_first_with_who_and_what() {
        api.system().clock().advance(Duration.ofMinutes(1));
        api.patch(base, admin, Map.of("name", "Acme Renamed"));

        Reply reply = api.get(base + "/history?limit=1", admin);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode entry = reply.json().get("items").get(0);
        assertThat(fieldsOf(entry)).contains("at", "actorUserId", "action", "details");
        assertThat(entry.get("action").asText()).isEqualTo("company.updated");
        assertThat(entry.get("actorUserId").asText()).isEqualTo(api.system().administrator().userId().toString());
        assertThat(reply.json().get("nextCursor").isTextual()).isTrue();
        Reply next = api.get(base + "/history?limit=1&cursor=" + reply.json().get("nextCursor").asText(), admin);
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.json().get("items").get(0).get("action").asText()).isEqualTo("company.created");
    }
}
