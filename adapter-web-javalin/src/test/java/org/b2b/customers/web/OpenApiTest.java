package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.b2b.customers.web.api.ApiRoute;
import org.b2b.customers.web.api.ApiRoutes;
import org.b2b.customers.web.auth.LoginThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    /** The rows of the contract's resource table (docs/http-api.md), which clients outside the project rely on. */
    private static final List<String> CONTRACT = List.of(
            "POST /api/v1/auth/token", "DELETE /api/v1/auth/token", "GET /api/v1/permissions/explain", "GET /api/v1/me",
            "GET /api/v1/companies", "POST /api/v1/companies", "GET /api/v1/companies/{id}", "PATCH /api/v1/companies/{id}",
            "PUT /api/v1/companies/{id}/contact-person", "GET /api/v1/companies/{id}/summary",
            "GET /api/v1/companies/{id}/members", "POST /api/v1/companies/{id}/members",
            "PATCH /api/v1/companies/{id}/members/{memberId}", "DELETE /api/v1/companies/{id}/members/{memberId}",
            "GET /api/v1/companies/{id}/invitations", "POST /api/v1/companies/{id}/invitations",
            "POST /api/v1/companies/{id}/invitations/import",
            "GET /api/v1/companies/{id}/invitations/{invitationId}/link",
            "POST /api/v1/companies/{id}/invitations/{invitationId}/resend",
            "POST /api/v1/companies/{id}/invitations/{invitationId}/revoke",
            "GET /api/v1/registrations/{token}", "POST /api/v1/registrations",
            "GET /api/v1/companies/{id}/addresses", "POST /api/v1/companies/{id}/addresses",
            "PUT /api/v1/companies/{id}/addresses/{addressId}", "DELETE /api/v1/companies/{id}/addresses/{addressId}",
            "GET /api/v1/companies/{id}/orders", "POST /api/v1/companies/{id}/orders", "GET /api/v1/companies/{id}/history",
            "GET /api/v1/customer-groups", "POST /api/v1/customer-groups", "PATCH /api/v1/customer-groups/{id}",
            "GET /api/v1/users", "POST /api/v1/users", "GET /api/v1/roles", "GET /api/v1/roles/{identifier}",
            "PUT /api/v1/roles/{identifier}", "POST /api/v1/roles", "GET /api/v1/openapi.json");

    private final RunningApi api = new RunningApi();

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode document() {
        Reply reply = api.get("/api/v1/openapi.json", api.adminToken());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        return reply.json();
    }

    @Test
    void the_document_describes_exactly_the_endpoints_the_server_registered() {
        Set<String> registered = new TreeSet<>(api.server().registeredEndpoints().stream()
                .filter(endpoint -> endpoint.contains(" /api/")).toList());

        assertThat(operationsOf(document())).isEqualTo(registered);
    }

    @Test
    void every_row_of_the_contract_is_served() {
        assertThat(api.server().registeredEndpoints()).containsAll(CONTRACT);
    }

    @Test
    void the_document_says_which_endpoints_need_no_token_as_the_route_table_does() {
        JsonNode paths = document().get("paths");
        List<ApiRoute> routes = ApiRoutes.of(api.system().useCases(), JsonMapping.create(),
                new LoginThrottle(api.system().clock()));

        assertThat(routes).allSatisfy(route -> {
            JsonNode operation = paths.get(route.path()).get(route.method().name().toLowerCase(Locale.ROOT));
            boolean open = operation.has("security") && operation.get("security").isEmpty();
            assertThat(open).as(route.method() + " " + route.path()).isEqualTo(!route.authenticated());
        });
    }

    @Test
    void every_reference_in_the_document_resolves() {
        JsonNode document = document();
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            JsonNode target = document;
            for (String segment : reference.substring(2).split("/")) {
                target = target.get(segment);
                assertThat(target).as(reference).isNotNull();
            }
        });
    }

    @Test
    void every_operation_that_takes_a_body_documents_the_415_for_a_body_of_another_type() {
        JsonNode paths = document().get("paths");
        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (operation.getValue().has("requestBody")) {
                operations.add(operation.getKey() + " " + path.getKey());
            }
        }));

        assertThat(operations).isNotEmpty().allSatisfy(operation -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            assertThat(paths.get(path).get(method).get("responses").has("415")).as(operation).isTrue();
        });
    }

    @Test
    void the_document_needs_a_token_like_every_other_api_path() {
        assertThat(api.get("/api/v1/openapi.json", null).status()).isEqualTo(401);
    }

    private static Set<String> operationsOf(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }
}
