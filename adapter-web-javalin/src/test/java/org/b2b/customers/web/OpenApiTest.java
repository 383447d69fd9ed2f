package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.invitation.InvitationReport;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.web.api.ApiRoute;
import org.b2b.customers.web.api.ApiRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenApiTest {

    /** The rows of the contract's resource table (docs/http-api.md), which clients outside the project rely on. */
    private static final List<String> CONTRACT = List.of(
            "POST /api/v1/auth/token", "DELETE /api/v1/auth/token", "GET /api/v1/permissions/explain", "GET /api/v1/me",
            "GET /api/v1/companies", "POST /api/v1/companies", "GET /api/v1/companies/{id}", "PATCH /api/v1/companies/{id}",
            "PUT /api/v1/companies/{id}/contact-person", "GET /api/v1/companies/{id}/summary",
            "GET /api/v1/companies/{id}/members", "POST /api/v1/companies/{id}/members",
            "GET /api/v1/companies/{id}/members/{memberId}", "PATCH /api/v1/companies/{id}/members/{memberId}",
            "DELETE /api/v1/companies/{id}/members/{memberId}",
            "GET /api/v1/companies/{id}/invitations", "POST /api/v1/companies/{id}/invitations",
            "POST /api/v1/companies/{id}/invitations/import",
            "GET /api/v1/companies/{id}/invitations/{invitationId}/link",
            "POST /api/v1/companies/{id}/invitations/{invitationId}/resend",
            "POST /api/v1/companies/{id}/invitations/{invitationId}/revoke",
            "GET /api/v1/registrations/{token}", "POST /api/v1/registrations",
            "GET /api/v1/companies/{id}/addresses", "POST /api/v1/companies/{id}/addresses",
            "GET /api/v1/companies/{id}/addresses/{addressId}", "PUT /api/v1/companies/{id}/addresses/{addressId}",
            "DELETE /api/v1/companies/{id}/addresses/{addressId}",
            "GET /api/v1/companies/{id}/orders", "POST /api/v1/companies/{id}/orders",
            "PATCH /api/v1/companies/{id}/orders/{orderId}", "GET /api/v1/companies/{id}/history",
            "GET /api/v1/customer-groups", "POST /api/v1/customer-groups", "GET /api/v1/customer-groups/{id}",
            "PATCH /api/v1/customer-groups/{id}",
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
                TrustedProxies.none());

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

    @Test
    void every_schema_of_the_document_is_json_schema_2020_12_as_openapi_3_1_has_it() {
        JsonNode document = document();
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(document.get("openapi").asText()).startsWith("3.1.");
        assertThat(document.findValues("nullable")).as("OpenAPI 3.0's nullable, which 3.1 replaced by type null").isEmpty();
        document.get("components").get("schemas").fields().forEachRemaining(schema ->
                assertThat(metaSchema.validate(schema.getValue())).as(schema.getKey()).isEmpty());
    }

    @Test
    void an_answer_with_a_field_the_document_does_not_name_fails_the_check() {
        Exchange me = exchange("GET", "/api/v1/me", api.get("/api/v1/me", api.adminToken()));

        assertThat(conformance().violationsOf(me)).isEmpty();
        assertThat(conformance().violationsOf(withBody(me, body -> body.put("existingAccount", false))))
                .singleElement().asString().contains("GET /api/v1/me 200", "existingAccount");
    }

    @Test
    void a_misspelt_keyword_in_a_schema_stops_the_check_rather_than_checking_nothing() {
        Exchange me = exchange("GET", "/api/v1/me", api.get("/api/v1/me", api.adminToken()));
        ObjectNode misspelt = (ObjectNode) document();
        ObjectNode schema = (ObjectNode) misspelt.at("/components/schemas/Me");
        schema.set("additionalProperty", schema.remove("additionalProperties"));

        assertThatThrownBy(() -> OpenApiConformance.of(misspelt).violationsOf(me)).hasMessageContaining("additionalProperty");
    }

    @Test
    void the_registration_link_is_described_with_every_field_it_sends() {
        CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
        InvitationReport invited = api.system().useCases().invitations().invite().invite(api.system().administrator(),
                InviteMembersCommand.of(company.id(), new Invitee("new@buyer.example", "company_buyer")));
        String token = TestData.tokenOf(api.system().useCases().invitations().registrationLink().link(api.system().administrator(),
                company.id(), invited.results().get(0).invitationId().orElseThrow()).url().toString());
        Exchange view = exchange("GET", "/api/v1/registrations/" + token, api.get("/api/v1/registrations/" + token, null));
        ObjectNode before = (ObjectNode) document();
        ((ObjectNode) before.at("/components/schemas/RegistrationView/properties")).remove("role");

        assertThat(view.reply().json().has("role")).isTrue();
        assertThat(view.reply().json().has("existingAccount")).as("whether the email has an account is not told").isFalse();
        assertThat(conformance().violationsOf(view)).isEmpty();
        assertThat(OpenApiConformance.of(before).violationsOf(view)).singleElement().asString()
                .contains("GET /api/v1/registrations/{token} 200", "role");
    }

    @Test
    void a_missing_field_a_null_or_a_malformed_id_where_the_document_has_none_fails_the_check() {
        MemberView member = api.data().member(api.data().company("Acme Industrial", api.data().salesRepresentative()),
                "company_buyer");
        String path = "/api/v1/companies/" + member.companyId() + "/members/" + member.id();
        Exchange read = exchange("GET", path, api.get(path, api.adminToken()));

        assertThat(conformance().violationsOf(read)).isEmpty();
        assertThat(conformance().violationsOf(withBody(read, body -> body.remove("joinedAt"))))
                .singleElement().asString().contains("joinedAt");
        assertThat(conformance().violationsOf(withBody(read, body -> body.putNull("email"))))
                .singleElement().asString().contains("email");
        assertThat(conformance().violationsOf(withBody(read, body -> body.put("id", "42"))))
                .singleElement().asString().contains("id", "uuid");
    }

    @Test
    void a_company_without_a_billing_address_sends_null_which_the_document_allows() {
        CreateCompanyCommand withAddress = api.data().newCompany("Acme Industrial", api.data().salesRepresentative());
        CompanyView company = api.system().useCases().companies().create().create(api.system().administrator(),
                new CreateCompanyCommand(withAddress.name(), withAddress.taxId(), withAddress.customerGroupId(),
                        withAddress.salesRepresentativeId(), withAddress.website(), null));
        String path = "/api/v1/companies/" + company.id();
        Exchange read = exchange("GET", path, api.get(path, api.adminToken()));

        assertThat(read.reply().json().get("billingAddress").isNull()).isTrue();
        assertThat(conformance().violationsOf(read)).isEmpty();
        assertThat(conformance().violationsOf(withBody(read, body -> body.put("billingAddress", "Hamburg"))))
                .isNotEmpty();
    }

    @Test
    void a_status_or_a_route_the_document_does_not_name_fails_the_check() {
        Reply teapot = new Reply(418, Map.of("Content-Type", List.of("application/json")), "{}");
        Reply notFound = new ApiClient(api.port()).get("/api/v1/no-such-thing", api.adminToken());

        assertThat(conformance().violationsOf(exchange("GET", "/api/v1/me", teapot)))
                .singleElement().asString().contains("GET /api/v1/me 418", "no such status");
        assertThat(conformance().violationsOf(exchange("GET", "/api/v1/no-such-thing", notFound)))
                .singleElement().asString().contains("no operation");
        assertThat(conformance().operationOf("GET", "/api/v1/permissions/explain")).hasValue("GET /api/v1/permissions/explain");
        assertThat(conformance().operationOf("GET", "/api/v1/companies/42/members")).hasValue("GET /api/v1/companies/{id}/members");
    }

    @Test
    void lists_that_do_not_page_say_so_by_a_next_cursor_that_is_always_null() {
        JsonNode schemas = document().get("components").get("schemas");

        for (String list : List.of("RoleList", "CustomerGroupList", "AddressList")) {
            assertThat(schemas.get(list).get("properties").get("nextCursor").get("type").asText()).as(list).isEqualTo("null");
        }
        assertThat(api.get("/api/v1/roles?limit=1", api.adminToken()).json().get("items").size()).isGreaterThan(1);
    }

    private static OpenApiConformance conformance() {
        return OpenApiConformance.ofServedDocument();
    }

    private static Exchange exchange(String method, String path, Reply reply) {
        return new Exchange(method, path, reply);
    }

    private static Exchange withBody(Exchange exchange, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) exchange.reply().json();
        change.accept(body);
        return exchange(exchange.method(), exchange.path(),
                new Reply(exchange.reply().status(), exchange.reply().headers(), body.toString()));
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
