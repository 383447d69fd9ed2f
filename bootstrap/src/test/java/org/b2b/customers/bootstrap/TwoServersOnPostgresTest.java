package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_EMAIL;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_PASSWORD;
import static org.b2b.customers.bootstrap.StartedServer.PUBLIC_URL;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.b2b.customers.mail.Eventually;
import org.b2b.customers.mail.MailServer;
import org.b2b.customers.testkit.GermanVatNumbers;
import org.b2b.customers.web.ApiClient;
import org.b2b.customers.web.Exchanges;
import org.b2b.customers.web.OpenApiConformance;
import org.b2b.customers.web.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers of one installation on one PostgreSQL schema, as the README allows: the same registration key, the
 * same SMTP server. What one server decides holds on the other: a token ended on one is refused by the other, a
 * member disabled through one cannot act through the other, each invitation is mailed once whichever server took
 * it, and a registration form shown by one is accepted by the other (as behind a load balancer).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersOnPostgresTest {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final List<String> EXERCISED = List.of("POST /api/v1/auth/token", "DELETE /api/v1/auth/token",
            "GET /api/v1/me", "POST /api/v1/companies/{id}/invitations",
            "GET /api/v1/companies/{id}/invitations/{invitationId}/link", "PATCH /api/v1/companies/{id}/members/{memberId}");

    private final Exchanges exchanges = new Exchanges();
    private MailServer mail;
    private ServerDatabase database;
    private StartedServer first;
    private StartedServer second;
    private ApiClient a;
    private ApiClient b;
    private String admin;
    private JsonNode company;

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        mail = MailServer.started();
        database = ServerDatabase.postgres();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        // Both stand behind one proxy on this machine, which passes the public host on.
        Map<String, String> shared = Map.of("CM_REGISTRATION_KEY", Base64.getEncoder().encodeToString(key),
                "CM_TRUSTED_PROXIES", "127.0.0.1, ::1");
        first = StartedServer.start(database, mail.port(), Files.createDirectory(directory.resolve("a")), exchanges, shared);
        second = StartedServer.start(database, mail.port(), Files.createDirectory(directory.resolve("b")), exchanges, shared);
        a = first.api();
        b = second.api();
        admin = a.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
        String group = created(a.post("/api/v1/customer-groups", admin,
                Map.of("identifier", "wholesale", "name", "Wholesale", "globalPriceRate", "5"))).get("id").asText();
        String representative = created(a.post("/api/v1/users", admin, Map.of("email", "lena.hoffmann@seller.example",
                "firstName", "Lena", "lastName", "Hoffmann", "type", "STAFF", "roles", List.of("sales_representative"),
                "password", PASSWORD))).get("id").asText();
        company = created(a.post("/api/v1/companies", admin, Map.of("name", "Zwei Server AG",
                "taxId", GermanVatNumbers.of(1), "customerGroupId", group, "salesRepresentativeId", representative)));
    }

    @AfterAll
    void stop() {
        try (ServerDatabase dropped = database; MailServer smtp = mail) {
            if (first != null) {
                first.close();
            }
            if (second != null) {
                second.close();
            }
        }
        OpenApiConformance.ofServedDocument().assertConform(exchanges.all(), EXERCISED);
    }

    @Test
    void a_token_issued_by_one_server_is_refused_by_the_other_after_logging_out_on_the_first() {
        String token = a.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(b.get("/api/v1/me", token).status()).isEqualTo(200);

        assertThat(a.delete("/api/v1/auth/token", token).status()).isEqualTo(204);

        Reply refused = b.get("/api/v1/me", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("code").asText()).isEqualTo("auth.invalid_token");
    }

    @Test
    void a_member_disabled_through_one_server_is_refused_by_the_other_and_stays_refused_after_enabling() {
        JsonNode user = created(a.post("/api/v1/users", admin, Map.of("email", "dora.deaktiv@zwei.example",
                "firstName", "Dora", "lastName", "Deaktiv", "type", "CUSTOMER", "roles", List.of(), "password", PASSWORD)));
        JsonNode member = created(a.post(membersOf(company), admin,
                Map.of("userId", user.get("id").asText(), "role", "company_buyer")));
        String token = b.tokenOf("dora.deaktiv@zwei.example", PASSWORD);
        assertThat(b.get("/api/v1/me", token).status()).isEqualTo(200);
        String path = membersOf(company) + "/" + member.get("id").asText();

        assertThat(a.patch(path, admin, Map.of("status", "DISABLED")).status()).isEqualTo(200);
        Reply disabled = b.get("/api/v1/me", token);
        assertThat(a.patch(path, admin, Map.of("status", "ACTIVE")).status()).isEqualTo(200);

        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.json().get("code").asText()).isEqualTo("auth.invalid_token");
        assertThat(b.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void invitations_taken_by_either_server_are_each_mailed_exactly_once() throws Exception {
        List<String> byFirst = List.of("erst.eins@zwei.example", "erst.zwei@zwei.example", "erst.drei@zwei.example");
        List<String> bySecond = List.of("zweit.eins@zwei.example", "zweit.zwei@zwei.example");

        invite(a, byFirst);
        invite(b, bySecond);

        // Once the outbox holds nothing pending, no server has anything left to send.
        Eventually.until("every queued mail sent", () -> pendingMails() == 0);
        for (String email : concat(byFirst, bySecond)) {
            assertThat(mail.receivedBy(email)).as(email).hasSize(1);
        }
    }

    @Test
    void a_registration_form_shown_by_one_server_is_accepted_by_the_other() throws Exception {
        String invitationId = invite(a, List.of("greta.sommer@zwei.example")).get(0);
        String link = a.get(invitationsOf(company) + "/" + invitationId + "/link", admin).json().get("url").asText();
        String page = URI.create(link).getPath();
        Reply shown = a.get(page, null);
        Matcher formToken = FORM_TOKEN.matcher(shown.body());
        assertThat(formToken.find()).as("the form carries a token: %s", shown.body()).isTrue();
        String cookie = shown.header("Set-Cookie").split(";")[0];

        // Both servers stand behind the public address; the browser posts the form from that page.
        Reply registered = b.send(HttpRequest.newBuilder(b.uri(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .header("Origin", PUBLIC_URL)
                .header("X-Forwarded-Host", URI.create(PUBLIC_URL).getHost())
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("formToken", formToken.group(1),
                        "firstName", "Greta", "lastName", "Sommer", "password", PASSWORD,
                        "passwordConfirmation", PASSWORD))))
                .build());

        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        assertThat(b.get("/api/v1/me", b.tokenOf("greta.sommer@zwei.example", PASSWORD)).json().get("companyId")
                .asText()).isEqualTo(company.get("id").asText());
    }

    /** Invites buyers through this server, and answers the invitations' ids. */
    private List<String> invite(ApiClient server, List<String> emails) {
        Reply reply = server.post(invitationsOf(company), admin, Map.of("invitations",
                emails.stream().map(email -> Map.of("email", email, "role", "company_buyer")).toList()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return texts(reply.json().get("results"), "invitationId");
    }

    /** Mails not yet tried to the end: other tests' mails that were dropped or failed are done with too. */
    private long pendingMails() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from outbox where status = 'PENDING'")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), UTF_8) + "=" + URLEncoder.encode(field.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private static String membersOf(JsonNode company) {
        return "/api/v1/companies/" + company.get("id").asText() + "/members";
    }

    private static String invitationsOf(JsonNode company) {
        return "/api/v1/companies/" + company.get("id").asText() + "/invitations";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(item -> item.get(field).asText()).toList();
    }
}
