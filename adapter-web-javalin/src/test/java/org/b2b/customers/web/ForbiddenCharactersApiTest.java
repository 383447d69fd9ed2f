package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A NUL or an unpaired surrogate is invalid wherever text comes in, named by the path of its field: nested objects
 * and list elements too, and fields no domain rule looks at, such as a password.
 */
class ForbiddenCharactersApiTest {

    private final RunningApi api = new RunningApi();
    private final String admin = api.adminToken();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_nul_in_a_list_element_or_a_nested_field_is_named_by_its_path() {
        Reply user = api.post("/api/v1/users", admin, """
                {"email":"rita@seller.example","firstName":"Rita","lastName":"Rep","type":"STAFF",
                 "roles":["sales_representative","x\\u0000"],"password":"a long enough password"}""");
        Reply company = api.post("/api/v1/companies", admin, """
                {"name":"Acme","taxId":"DE123456789","billingAddress":{"name":"Acme\\ud800","city":"Hamburg"}}""");

        assertInvalid(user, "roles[1]");
        assertInvalid(company, "billingAddress.name");
    }

    @Test
    void a_password_holding_a_nul_is_invalid_input_not_a_wrong_password() {
        Reply login = api.post("/api/v1/auth/token", null, """
                {"email":"admin@example.com","password":"correct horse battery staple\\u0000"}""");

        assertInvalid(login, "password");
    }

    @Test
    void a_query_parameter_holding_a_nul_is_invalid_input_naming_it_on_any_route() {
        assertInvalid(api.get("/api/v1/companies?q=acme%00", admin), "q");
        assertInvalid(api.get("/api/v1/me?anything=%00", admin), "anything");
    }

    private static void assertInvalid(Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode errors = reply.json().get("errors");
        assertThat(StreamSupport.stream(errors.spliterator(), false).map(e -> List.of(e.get("field").asText(),
                e.get("message").asText()))).contains(List.of(field, "must not contain NUL or unpaired surrogate characters"));
    }
}
