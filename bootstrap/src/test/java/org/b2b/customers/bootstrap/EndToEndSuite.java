package org.b2b.customers.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_EMAIL;
import static org.b2b.customers.bootstrap.StartedServer.ADMIN_PASSWORD;
import static org.b2b.customers.bootstrap.StartedServer.PUBLIC_URL;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.b2b.customers.mail.Eventually;
import org.b2b.customers.mail.MailServer;
import org.b2b.customers.mail.Mails;
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
 * The seed's flows walked over real HTTP against the started server, as a client of the HTTP contract would, with
 * mail going out over SMTP to GreenMail. One server for the class; each test makes the companies and people it
 * needs, so the tests need no order. Logins and registrations hash passwords at full strength (about half a second
 * each), so the tests keep to the few that their flows need. Every reply the suite gets from the API is checked
 * against the OpenAPI document at the end, so that a client generated from the document reads what the server sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndSuite {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/register/([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "a long enough password";
    /** The operations the suite walks; each must have had a reply that the OpenAPI document describes. */
    private static final List<String> EXERCISED = List.of(
            "POST /api/v1/auth/token", "DELETE /api/v1/auth/token", "GET /api/v1/me",
            "GET /api/v1/customer-groups", "POST /api/v1/customer-groups", "GET /api/v1/customer-groups/{id}",
            "GET /api/v1/users", "POST /api/v1/users", "GET /api/v1/roles",
            "GET /api/v1/companies", "POST /api/v1/companies", "GET /api/v1/companies/{id}",
            "PATCH /api/v1/companies/{id}", "PUT /api/v1/companies/{id}/contact-person",
            "GET /api/v1/companies/{id}/summary", "GET /api/v1/companies/{id}/members",
            "POST /api/v1/companies/{id}/members", "GET /api/v1/companies/{id}/members/{memberId}",
            "DELETE /api/v1/companies/{id}/members/{memberId}", "GET /api/v1/companies/{id}/invitations",
            "POST /api/v1/companies/{id}/invitations", "POST /api/v1/companies/{id}/invitations/import",
            "GET /api/v1/companies/{id}/invitations/{invitationId}/link",
            "POST /api/v1/companies/{id}/invitations/{invitationId}/resend",
            "POST /api/v1/companies/{id}/invitations/{invitationId}/revoke",
            "GET /api/v1/registrations/{token}", "POST /api/v1/registrations",
            "GET /api/v1/companies/{id}/addresses", "POST /api/v1/companies/{id}/addresses",
            "GET /api/v1/companies/{id}/addresses/{addressId}", "PUT /api/v1/companies/{id}/addresses/{addressId}",
            "DELETE /api/v1/companies/{id}/addresses/{addressId}", "GET /api/v1/companies/{id}/orders",
            "POST /api/v1/companies/{id}/orders", "PATCH /api/v1/companies/{id}/orders/{orderId}",
            "GET /api/v1/companies/{id}/history");

    private Path data;
    private final AtomicInteger taxIds = new AtomicInteger();
    private final Exchanges exchanges = new Exchanges();
    private MailServer mail;
    private ServerDatabase database;
    private StartedServer server;
    private ApiClient api;
    private String admin;
    private String adminId;
    private String group;
    private JsonNode representative;

    /** A database of this system for one server, and its restarts, to keep its data in. */
    abstract ServerDatabase database(Path directory);

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        data = directory;
        mail = MailServer.started();
        database = database(Files.createDirectory(data.resolve("suite")));
        server = StartedServer.start(database, mail.port(), data.resolve("suite"), exchanges);
        api = server.api();
        admin = api.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
        adminId = api.get("/api/v1/me", admin).json().get("userId").asText();
        group = created(api.post("/api/v1/customer-groups", admin,
                Map.of("identifier", "wholesale", "name", "Wholesale", "globalPriceRate", "5"))).get("id").asText();
        representative = created(api.post("/api/v1/users", admin, Map.of("email", "lena.hoffmann@seller.example",
                "firstName", "Lena", "lastName", "Hoffmann", "type", "STAFF", "roles", List.of("sales_representative"),
                "password", PASSWORD)));
    }

    @AfterAll
    void stop() {
        try (ServerDatabase stopped = database; MailServer smtp = mail) {
            if (server != null) {
                server.close();
            }
        }
        OpenApiConformance.ofServedDocument().assertConform(exchanges.all(), EXERCISED);
    }

    @Test
    void the_administrator_logs_in_and_creates_a_customer_group_and_a_sales_representative() {
        Reply login = api.post("/api/v1/auth/token", null, Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        Reply wrong = api.post("/api/v1/auth/token", null, Map.of("email", ADMIN_EMAIL, "password", "not the password"));
        Reply retail = api.post("/api/v1/customer-groups", admin,
                Map.of("identifier", "retail", "name", "Retail", "globalPriceRate", "2.5"));
        Reply rep = api.post("/api/v1/users", admin, Map.of("email", "max.weber@seller.example", "firstName", "Max",
                "lastName", "Weber", "type", "STAFF", "roles", List.of("sales_representative"), "password", PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(Instant.parse(login.json().get("expiresAt").asText())).isAfter(Instant.now());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        JsonNode me = api.get("/api/v1/me", login.json().get("token").asText()).json();
        assertThat(me.get("email").asText()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.get("type").asText()).isEqualTo("STAFF");
        assertThat(texts(me.get("roles"))).contains("administrator");
        assertThat(retail.status()).as(retail.body()).isEqualTo(201);
        assertThat(retail.json().get("identifier").asText()).isEqualTo("retail");
        assertThat(retail.json().get("globalPriceRate").asText()).isEqualTo("2.5");
        assertThat(texts(api.get("/api/v1/customer-groups", admin).json().get("items"), "identifier"))
                .contains("retail", "wholesale");
        assertThat(rep.status()).as(rep.body()).isEqualTo(201);
        assertThat(rep.json().get("type").asText()).isEqualTo("STAFF");
        assertThat(texts(rep.json().get("roles"))).containsExactly("sales_representative");
        assertThat(rep.json().has("password")).isFalse();
        assertThat(texts(api.get("/api/v1/users?role=sales_representative", admin).json().get("items"), "email"))
                .contains("max.weber@seller.example", "lena.hoffmann@seller.example");
    }

    @Test
    void a_company_is_created_with_its_billing_address_and_read_back_at_its_location_with_an_etag() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Nordwind Logistik", "taxId", "de 136.695.976",
                "customerGroupId", group, "salesRepresentativeId", representative.get("id").asText(),
                "website", "https://nordwind.example"));
        body.put("billingAddress", Map.of("name", "Buchhaltung", "street", "Hafenstraße 1", "postalCode", "20457",
                "city", "Hamburg", "country", "DE"));

        Reply created = api.post("/api/v1/companies", admin, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/companies/" + id);
        Reply read = api.get(created.header("Location"), admin);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asText() + "\"");
        JsonNode company = read.json();
        assertThat(company.get("name").asText()).isEqualTo("Nordwind Logistik");
        assertThat(company.get("taxId").asText()).isEqualTo("DE136695976");
        assertThat(company.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(company.get("contactPersonMemberId").isNull()).isTrue();
        assertThat(company.get("billingAddress").get("city").asText()).isEqualTo("Hamburg");
        assertThat(company.get("billingAddress").get("street").asText()).isEqualTo("Hafenstraße 1");
        assertThat(api.post("/api/v1/companies", admin, body).status()).isEqualTo(409);
    }

    @Test
    void companies_are_found_by_name_prefix_or_tax_id_filtered_and_paged_by_cursor() {
        String paging = newGroup("paging");
        String rep = representative.get("id").asText();
        company("Paging Alpha", paging, rep);
        company("Paging Beta", paging, rep);
        company("Paging Gamma", paging, rep);
        JsonNode delta = company("Delta Paging", paging, adminId);
        String inGroup = "/api/v1/companies?customerGroupId=" + paging;

        Reply first = api.get(inGroup + "&q=paging&limit=2", admin);
        Reply second = api.get(inGroup + "&q=paging&limit=2&cursor=" + first.json().get("nextCursor").asText(), admin);
        Reply byTaxId = api.get("/api/v1/companies?q=" + delta.get("taxId").asText().toLowerCase(), admin);
        Reply byRepresentative = api.get(inGroup + "&salesRepresentativeId=" + rep, admin);
        api.patch("/api/v1/companies/" + delta.get("id").asText(), admin, Map.of("status", "DEACTIVATED"));
        Reply deactivated = api.get(inGroup + "&status=DEACTIVATED", admin);

        assertThat(first.status()).isEqualTo(200);
        assertThat(texts(first.json().get("items"), "name")).containsExactly("Paging Alpha", "Paging Beta");
        assertThat(texts(second.json().get("items"), "name")).containsExactly("Paging Gamma");
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
        assertThat(texts(byTaxId.json().get("items"), "name")).containsExactly("Delta Paging");
        assertThat(texts(byRepresentative.json().get("items"), "name"))
                .containsExactly("Paging Alpha", "Paging Beta", "Paging Gamma");
        assertThat(texts(deactivated.json().get("items"), "name")).containsExactly("Delta Paging");
        assertThat(api.get(inGroup + "&limit=201", admin).status()).isEqualTo(422);
    }

    @Test
    void a_user_from_the_pool_is_added_as_a_member_and_cannot_join_a_second_company() {
        JsonNode company = company("Pool Werke", group, representative.get("id").asText());
        JsonNode other = company("Pool Handel", group, representative.get("id").asText());
        JsonNode user = poolUser("paul.pool@pool.example");
        String members = "/api/v1/companies/" + company.get("id").asText() + "/members";

        Reply pool = api.get("/api/v1/users?unassigned=true&type=CUSTOMER&q=paul.pool", admin);
        Reply added = api.post(members, admin, Map.of("userId", user.get("id").asText(), "role", "company_buyer"));
        Reply again = api.post("/api/v1/companies/" + other.get("id").asText() + "/members", admin,
                Map.of("userId", user.get("id").asText(), "role", "company_buyer"));

        assertThat(texts(pool.json().get("items"), "email")).containsExactly("paul.pool@pool.example");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("companyId").asText()).isEqualTo(company.get("id").asText());
        assertThat(added.json().get("role").asText()).isEqualTo("company_buyer");
        assertThat(added.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(again.status()).isEqualTo(409);
        assertThat(texts(api.get(members, admin).json().get("items"), "email")).containsExactly("paul.pool@pool.example");
        assertThat(api.get("/api/v1/users?unassigned=true&type=CUSTOMER&q=paul.pool", admin).json().get("items")).isEmpty();
    }

    @Test
    void the_contact_person_is_a_member_of_the_company_and_cannot_be_removed() {
        JsonNode company = company("Kontakt AG", group, representative.get("id").asText());
        JsonNode other = company("Fremd GmbH", group, representative.get("id").asText());
        String path = "/api/v1/companies/" + company.get("id").asText();
        String member = member(company, poolUser("klara.kontakt@kontakt.example"), "company_buyer").get("id").asText();
        String stranger = member(other, poolUser("fritz.fremd@fremd.example"), "company_buyer").get("id").asText();

        Reply refused = api.put(path + "/contact-person", admin, Map.of("memberId", stranger));
        Reply assigned = api.put(path + "/contact-person", admin, Map.of("memberId", member));
        Reply removal = api.delete(path + "/members/" + member, admin);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("contactPersonMemberId").asText()).isEqualTo(member);
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.json().get("code").asText()).isEqualTo("contact_person.cannot_be_removed");
        assertThat(texts(api.get(path + "/members", admin).json().get("items"), "id")).containsExactly(member);
    }

    @Test
    void a_bulk_invitation_and_a_file_import_report_every_line_and_the_invited_get_mail() {
        JsonNode company = company("Einlade KG", group, representative.get("id").asText());
        String invitations = "/api/v1/companies/" + company.get("id").asText() + "/invitations";
        member(company, poolUser("mia.mitglied@einlade.example"), "company_admin");
        invite(company, "olaf.offen@einlade.example");

        Reply bulk = api.post(invitations, admin, Map.of("invitations", List.of(
                Map.of("email", "neu.eins@einlade.example", "role", "company_buyer"),
                Map.of("email", "not an email", "role", "company_buyer"),
                Map.of("email", "mia.mitglied@einlade.example", "role", "company_buyer"),
                Map.of("email", "olaf.offen@einlade.example", "role", "company_buyer"),
                Map.of("email", "neu.eins@einlade.example", "role", "company_admin"),
                Map.of("email", "neu.zwei@einlade.example", "role", "no_such_role"))));
        byte[] file = ("email,role\nneu.drei@einlade.example,company_admin\nneu.vier@einlade.example\n"
                + "neu.eins@einlade.example,company_buyer\nnot-an-email\n").getBytes(UTF_8);
        Reply imported = api.send(api.multipart(invitations + "/import", admin, Map.of("role", "company_buyer"),
                "people.csv", "text/csv", file));

        assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
        assertThat(texts(bulk.json().get("results"), "outcome")).containsExactly("INVITED", "INVALID_EMAIL",
                "ALREADY_MEMBER", "ALREADY_INVITED", "DUPLICATE", "UNKNOWN_ROLE");
        assertThat(texts(bulk.json().get("results"), "line")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(bulk.json().get("results").get(0).get("invitationId").isTextual()).isTrue();
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(texts(imported.json().get("results"), "outcome"))
                .containsExactly("INVITED", "INVITED", "ALREADY_INVITED", "INVALID_EMAIL");
        assertThat(texts(imported.json().get("results"), "line")).containsExactly("2", "3", "4", "5");
        JsonNode pending = api.get(invitations + "?status=PENDING", admin).json().get("items");
        assertThat(texts(pending, "email")).containsExactlyInAnyOrder("olaf.offen@einlade.example",
                "neu.eins@einlade.example", "neu.drei@einlade.example", "neu.vier@einlade.example");
        assertThat(StreamSupport.stream(pending.spliterator(), false)
                .filter(i -> i.get("email").asText().equals("neu.drei@einlade.example")))
                .singleElement().satisfies(i -> assertThat(i.get("role").asText()).isEqualTo("company_admin"));
        assertThat(StreamSupport.stream(pending.spliterator(), false).map(i -> i.get("invitedBy").get("userId").asText()))
                .containsOnly(adminId);
        for (String invited : List.of("neu.eins", "neu.drei", "neu.vier")) {
            assertThat(mailedLink(invited + "@einlade.example", 1)).startsWith(PUBLIC_URL + "/register/");
        }
    }

    @Test
    void two_overlapping_bulk_invitations_at_once_leave_every_invited_line_with_its_mail_and_history_entry()
            throws Exception {
        JsonNode company = company("Wettlauf GmbH", group, representative.get("id").asText());
        String invitations = invitationsOf(company);
        List<String> shared = addresses("geteilt", 40);
        List<String> onlyFirst = addresses("erste", 40);
        List<String> onlySecond = addresses("zweite", 40);

        List<Reply> replies = Race.run(
                () -> api.post(invitations, admin, Map.of("invitations", buyers(interleaved(onlyFirst, shared)))),
                () -> api.post(invitations, admin, Map.of("invitations", buyers(interleaved(onlySecond, shared)))));

        Map<String, List<String>> outcomes = new HashMap<>();
        for (Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            for (JsonNode line : reply.json().get("results")) {
                outcomes.computeIfAbsent(line.get("email").asText(), email -> new ArrayList<>())
                        .add(line.get("outcome").asText());
            }
        }
        for (String email : shared) {
            assertThat(outcomes.get(email)).as(email).containsExactlyInAnyOrder("INVITED", "ALREADY_INVITED");
        }
        List<String> invited = outcomes.entrySet().stream().filter(e -> e.getValue().contains("INVITED"))
                .map(Map.Entry::getKey).toList();
        assertThat(invited).hasSize(120);
        JsonNode pending = api.get(invitations + "?status=PENDING&limit=200", admin).json().get("items");
        assertThat(texts(pending, "email")).containsExactlyInAnyOrderElementsOf(invited);
        JsonNode history = api.get("/api/v1/companies/" + company.get("id").asText() + "/history?limit=200", admin)
                .json().get("items");
        assertThat(StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> entry.get("action").asText().equals("invitation.created"))
                .map(entry -> entry.get("details").get("email").asText()))
                .containsExactlyInAnyOrderElementsOf(invited);
        Eventually.until("a mail to each of the 120 invited",
                () -> invited.stream().allMatch(email -> !mail.receivedBy(email).isEmpty()));
        assertThat(invited).allSatisfy(email -> assertThat(mail.receivedBy(email)).as(email).hasSize(1));
    }

    /** On a server of its own whose mail server is down: 10,000 mails would hold up the other tests' mail. */
    @Test
    void a_file_of_ten_thousand_lines_is_imported_over_http_with_a_report_line_for_each_and_all_are_invited()
            throws Exception {
        Path directory = Files.createDirectory(data.resolve("ten-thousand"));
        try (ServerDatabase own = database(directory); MailServer down = MailServer.down();
                StartedServer tenThousand = StartedServer.start(own, down.port(), directory, exchanges)) {
            ApiClient client = tenThousand.api();
            String token = client.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
            String groupId = created(client.post("/api/v1/customer-groups", token,
                    Map.of("identifier", "bulk", "name", "Bulk", "globalPriceRate", "0"))).get("id").asText();
            String companyId = created(client.post("/api/v1/companies", token, Map.of("name", "Zehntausend AG",
                    "taxId", GermanVatNumbers.of(9_999), "customerGroupId", groupId, "salesRepresentativeId",
                    client.get("/api/v1/me", token).json().get("userId").asText()))).get("id").asText();
            StringBuilder file = new StringBuilder("email,role\r\n");
            for (int n = 1; n <= 10_000; n++) {
                file.append("person.").append(n).append("@zehntausend.example")
                        .append(n % 7 == 0 ? ",company_admin" : "").append("\r\n");
            }

            Reply reply = client.send(client.multipart("/api/v1/companies/" + companyId + "/invitations/import", token,
                    Map.of("role", "company_buyer"), "people.csv", "text/csv", file.toString().getBytes(UTF_8)));

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode results = reply.json().get("results");
            assertThat(results).hasSize(10_000);
            assertThat(texts(results, "outcome")).containsOnly("INVITED");
            assertThat(texts(results, "invitationId")).doesNotHaveDuplicates();
            for (int n : List.of(1, 7, 5_000, 9_999, 10_000)) {
                JsonNode line = results.get(n - 1);
                assertThat(line.get("line").asInt()).isEqualTo(n + 1);
                assertThat(line.get("email").asText()).isEqualTo("person." + n + "@zehntausend.example");
                assertThat(client.get("/api/v1/companies/" + companyId + "/invitations/"
                        + line.get("invitationId").asText() + "/link", token).status()).isEqualTo(200);
            }
            JsonNode summary = client.get("/api/v1/companies/" + companyId + "/summary", token).json();
            assertThat(summary.get("pendingInvitationCount").asLong()).isEqualTo(10_000);
            JsonNode newest = client.get("/api/v1/companies/" + companyId + "/invitations?limit=200", token).json()
                    .get("items");
            assertThat(StreamSupport.stream(newest.spliterator(), false)).allSatisfy(invitation -> {
                int n = Integer.parseInt(invitation.get("email").asText().replaceAll("\\D", ""));
                assertThat(invitation.get("role").asText()).isEqualTo(n % 7 == 0 ? "company_admin" : "company_buyer");
            });
        }
    }

    @Test
    void an_invitee_follows_the_mailed_link_registers_and_logs_in_as_a_member() {
        JsonNode company = company("Registrier GmbH", group, representative.get("id").asText());
        String invitationId = invite(company, "rita.neu@registrier.example");
        String link = mailedLink("rita.neu@registrier.example", 1);
        String token = tokenOf(link);

        Reply page = api.get(URI.create(link).getPath(), null);
        Reply registration = api.get("/api/v1/registrations/" + token, null);
        Reply registered = api.post("/api/v1/registrations", null,
                Map.of("token", token, "firstName", "Rita", "lastName", "Neu", "password", PASSWORD));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(page.body()).contains("Registrier GmbH", "rita.neu@registrier.example");
        assertThat(registration.status()).isEqualTo(200);
        assertThat(registration.json().get("companyName").asText()).isEqualTo("Registrier GmbH");
        assertThat(registration.json().get("email").asText()).isEqualTo("rita.neu@registrier.example");
        assertThat(registration.json().get("role").asText()).isEqualTo("company_buyer");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("companyId").asText()).isEqualTo(company.get("id").asText());
        JsonNode me = api.get("/api/v1/me", api.tokenOf("rita.neu@registrier.example", PASSWORD)).json();
        assertThat(me.get("userId").asText()).isEqualTo(registered.json().get("userId").asText());
        assertThat(me.get("type").asText()).isEqualTo("CUSTOMER");
        assertThat(me.get("firstName").asText()).isEqualTo("Rita");
        assertThat(me.get("companyId").asText()).isEqualTo(company.get("id").asText());
        assertThat(api.get(invitationsOf(company) + "?status=ACCEPTED", admin).json().get("items").get(0).get("id")
                .asText()).isEqualTo(invitationId);
        assertThat(api.get("/api/v1/registrations/" + token, null).status()).isEqualTo(410);
        assertThat(api.get(URI.create(link).getPath(), null).status()).isEqualTo(410);
    }

    @Test
    void staff_copy_an_invitation_link_resend_it_with_a_second_mail_and_revoke_it() {
        JsonNode company = company("Widerruf OHG", group, representative.get("id").asText());
        String invitation = invitationsOf(company) + "/" + invite(company, "willi.weg@widerruf.example");
        String mailed = mailedLink("willi.weg@widerruf.example", 1);

        Reply copied = api.get(invitation + "/link", admin);
        Reply resent = api.post(invitation + "/resend", admin, null);
        String resentLink = mailedLink("willi.weg@widerruf.example", 2);
        Reply revoked = api.post(invitation + "/revoke", admin, null);

        assertThat(copied.status()).isEqualTo(200);
        assertThat(copied.json().get("url").asText()).isEqualTo(mailed);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().get("sendCount").asInt()).isEqualTo(2);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
        assertThat(api.get("/api/v1/registrations/" + tokenOf(resentLink), null).status()).isEqualTo(410);
        assertThat(api.get(URI.create(resentLink).getPath(), null).status()).isEqualTo(410);
        assertThat(api.get(invitation + "/link", admin).status()).isEqualTo(409);
    }

    @Test
    void a_sales_representative_sees_only_their_companies_and_a_buyer_only_their_own_which_they_cannot_edit() {
        String scoped = newGroup("scoped");
        JsonNode represented = company("Vertreten AG", scoped, representative.get("id").asText());
        JsonNode elsewhere = company("Anderswo AG", scoped, adminId);
        String representedPath = "/api/v1/companies/" + represented.get("id").asText();
        String elsewherePath = "/api/v1/companies/" + elsewhere.get("id").asText();
        member(represented, poolUser("bruno.kauf@vertreten.example"), "company_buyer");
        String rep = api.tokenOf("lena.hoffmann@seller.example", PASSWORD);
        String buyer = api.tokenOf("bruno.kauf@vertreten.example", PASSWORD);

        assertThat(texts(api.get("/api/v1/companies?customerGroupId=" + scoped, rep).json().get("items"), "name"))
                .containsExactly("Vertreten AG");
        assertThat(api.get(representedPath, rep).status()).isEqualTo(200);
        assertThat(api.get(elsewherePath, rep).status()).isEqualTo(404);
        assertThat(api.patch(elsewherePath, rep, Map.of("name", "Taken Over")).status()).isEqualTo(404);
        assertThat(texts(api.get("/api/v1/companies", buyer).json().get("items"), "name")).containsExactly("Vertreten AG");
        assertThat(api.get(representedPath, buyer).status()).isEqualTo(200);
        Reply edit = api.patch(representedPath, buyer, Map.of("name", "Bought Out"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(elsewherePath, buyer).status()).isEqualTo(404);
        assertThat(api.get(representedPath, admin).json().get("name").asText()).isEqualTo("Vertreten AG");
    }

    @Test
    void an_edit_with_a_stale_if_match_is_refused_412_and_changes_nothing() {
        String path = "/api/v1/companies/" + company("Version GmbH", group, representative.get("id").asText())
                .get("id").asText();
        String etag = api.get(path, admin).header("ETag");

        Reply edited = api.send("PATCH", path, admin, ApiClient.body(Map.of("name", "Version Zwei GmbH")), "If-Match", etag);
        Reply stale = api.send("PATCH", path, admin, ApiClient.body(Map.of("name", "Version Drei GmbH")), "If-Match", etag);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(path, admin).json().get("name").asText()).isEqualTo("Version Zwei GmbH");
    }

    @Test
    void an_address_a_member_and_a_customer_group_are_read_one_by_one_and_edited_from_their_etag() {
        JsonNode company = company("Adressbuch KG", group, representative.get("id").asText());
        String path = "/api/v1/companies/" + company.get("id").asText();
        JsonNode member = member(company, poolUser("erna.einzeln@adressbuch.example"), "company_buyer");
        Reply added = api.post(path + "/addresses", admin, Map.of("type", "SHIPPING", "name", "Wareneingang",
                "street", "Lagerweg 1", "postalCode", "20095", "city", "Hamburg", "country", "DE"));
        String address = path + "/addresses/" + added.json().get("id").asText();

        Reply read = api.get(address, admin);
        Reply replaced = api.send("PUT", address, admin, ApiClient.body(Map.of("name", "Wareneingang Tor 2",
                "street", "Lagerweg 1", "postalCode", "20095", "city", "Hamburg", "country", "DE")),
                "If-Match", read.header("ETag"));
        Reply staleRemoval = api.send("DELETE", address, admin, null, "If-Match", read.header("ETag"));
        Reply removal = api.send("DELETE", address, admin, null, "If-Match", replaced.header("ETag"));
        Reply oneMember = api.get(path + "/members/" + member.get("id").asText(), admin);
        Reply oneGroup = api.get("/api/v1/customer-groups/" + group, admin);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asText() + "\"");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("Wareneingang Tor 2");
        assertThat(staleRemoval.status()).isEqualTo(412);
        assertThat(removal.status()).isEqualTo(204);
        assertThat(api.get(address, admin).status()).isEqualTo(404);
        assertThat(oneMember.status()).isEqualTo(200);
        assertThat(oneMember.json().get("email").asText()).isEqualTo("erna.einzeln@adressbuch.example");
        assertThat(oneMember.header("ETag")).isEqualTo("\"" + oneMember.json().get("version").asText() + "\"");
        assertThat(oneGroup.status()).isEqualTo(200);
        assertThat(oneGroup.json().get("identifier").asText()).isEqualTo("wholesale");
        assertThat(oneGroup.header("ETag")).isEqualTo("\"" + oneGroup.json().get("version").asText() + "\"");
    }

    @Test
    void roles_customer_groups_and_an_address_book_come_whole_with_a_next_cursor_that_is_always_null() {
        JsonNode company = company("Ganzliste GmbH", group, representative.get("id").asText());
        String addresses = "/api/v1/companies/" + company.get("id").asText() + "/addresses";
        for (String city : List.of("Hamburg", "Bremen")) {
            created(api.post(addresses, admin, Map.of("type", "SHIPPING", "name", "Lager " + city, "street", "Kai 1",
                    "postalCode", "20095", "city", city, "country", "DE")));
        }
        newGroup("ganz");

        for (String list : List.of("/api/v1/roles", "/api/v1/customer-groups", addresses)) {
            Reply reply = api.get(list + "?limit=1", admin);
            assertThat(reply.status()).as(list).isEqualTo(200);
            assertThat(reply.json().get("items").size()).as(list).isGreaterThan(1);
            assertThat(reply.json().get("nextCursor").isNull()).as(list).isTrue();
        }
    }

    @Test
    void orders_recorded_by_the_shop_are_listed_newest_first_and_summarised() {
        JsonNode company = company("Bestell GmbH", group, representative.get("id").asText());
        String path = "/api/v1/companies/" + company.get("id").asText();
        invite(company, "paula.pending@bestell.example");

        List<Reply> recorded = List.of(
                api.post(path + "/orders", admin, order("SO-1001", "2026-10-01T09:00:00Z", "120.00")),
                api.post(path + "/orders", admin, order("SO-1003", "2026-11-15T09:00:00Z", "80.5")),
                api.post(path + "/orders", admin, order("SO-1002", "2026-11-01T09:00:00Z", "1499.99")));
        Reply orders = api.get(path + "/orders", admin);
        Reply summary = api.get(path + "/summary", admin);

        assertThat(recorded).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(201));
        assertThat(recorded.get(1).json().get("total").asText()).isEqualTo("80.50");
        assertThat(texts(orders.json().get("items"), "number")).containsExactly("SO-1003", "SO-1002", "SO-1001");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("company").get("name").asText()).isEqualTo("Bestell GmbH");
        assertThat(summary.json().get("orderCount").asLong()).isEqualTo(3);
        assertThat(summary.json().get("memberCount").asLong()).isZero();
        assertThat(summary.json().get("pendingInvitationCount").asLong()).isEqualTo(1);
        assertThat(texts(summary.json().get("latestOrders"), "number")).startsWith("SO-1003", "SO-1002");
        assertThat(summary.json().get("latestOrders").get(0).get("currency").asText()).isEqualTo("EUR");
    }

    @Test
    void the_shop_records_an_order_in_its_own_status_and_updates_it_with_if_match() {
        JsonNode company = company("Status GmbH", group, representative.get("id").asText());
        String orders = "/api/v1/companies/" + company.get("id").asText() + "/orders";
        Map<String, Object> paid = new HashMap<>(order("SO-2001", "2026-10-01T09:00:00Z", "99.00"));
        paid.put("status", "PAID");

        Reply recorded = api.post(orders, admin, paid);
        String order = orders + "/" + recorded.json().get("id").asText();
        Reply shipped = api.send("PATCH", order, admin, ApiClient.body(Map.of("status", "SHIPPED")),
                "If-Match", recorded.header("ETag"));
        Reply stale = api.send("PATCH", order, admin, ApiClient.body(Map.of("status", "RETURNED")),
                "If-Match", recorded.header("ETag"));
        Reply weak = api.send("PATCH", order, admin, ApiClient.body(Map.of("status", "RETURNED")),
                "If-Match", "W/" + shipped.header("ETag"));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("status").asText()).isEqualTo("PAID");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().get("status").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.header("ETag")).isEqualTo("\"" + shipped.json().get("version").asText() + "\"")
                .isNotEqualTo(recorded.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(weak.status()).isEqualTo(412);
        assertThat(texts(api.get(orders, admin).json().get("items"), "status")).containsExactly("SHIPPED");
        JsonNode history = api.get("/api/v1/companies/" + company.get("id").asText() + "/history", admin).json()
                .get("items");
        assertThat(StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> entry.get("action").asText().equals("order.status_changed")))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("details").get("status").asText()).isEqualTo("PAID → SHIPPED");
                    assertThat(entry.get("details").get("number").asText()).isEqualTo("SO-2001");
                    assertThat(entry.get("actorUserId").asText()).isEqualTo(adminId);
                });
    }

    @Test
    void the_history_shows_who_changed_what_newest_first() {
        JsonNode company = company("Chronik KG", group, representative.get("id").asText());
        String path = "/api/v1/companies/" + company.get("id").asText();
        api.patch(path, admin, Map.of("website", "https://chronik.example"));
        invite(company, "hans.historie@chronik.example");

        Reply history = api.get(path + "/history", admin);

        assertThat(history.status()).isEqualTo(200);
        JsonNode entries = history.json().get("items");
        assertThat(texts(entries, "action")).startsWith("invitation.created", "company.updated").endsWith("company.created");
        assertThat(texts(entries, "actorUserId")).containsOnly(adminId);
        List<Instant> times = texts(entries, "at").stream().map(Instant::parse).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void logging_out_revokes_the_token_which_then_answers_401() {
        String token = api.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        Reply logout = api.delete("/api/v1/auth/token", token);

        assertThat(logout.status()).isEqualTo(204);
        Reply after = api.get("/api/v1/me", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/companies", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", admin).status()).isEqualTo(200);
    }

    @Test
    void after_a_restart_the_data_is_there_and_mail_queued_while_smtp_was_down_is_delivered() throws Exception {
        Path directory = Files.createDirectory(data.resolve("restart"));
        try (ServerDatabase restarted = database(directory); MailServer smtp = MailServer.down()) {
            String token;
            String companyId;
            try (StartedServer first = StartedServer.start(restarted, smtp.port(), directory, exchanges)) {
                ApiClient before = first.api();
                token = before.tokenOf(ADMIN_EMAIL, ADMIN_PASSWORD);
                String retail = created(before.post("/api/v1/customer-groups", token,
                        Map.of("identifier", "retail", "name", "Retail", "globalPriceRate", "0"))).get("id").asText();
                companyId = created(before.post("/api/v1/companies", token, Map.of("name", "Neustart GmbH",
                        "taxId", "DE811907980", "customerGroupId", retail, "salesRepresentativeId",
                        before.get("/api/v1/me", token).json().get("userId").asText()))).get("id").asText();
                Reply invited = before.post("/api/v1/companies/" + companyId + "/invitations", token, Map.of("invitations",
                        List.of(Map.of("email", "spaet@neustart.example", "role", "company_buyer"))));
                assertThat(texts(invited.json().get("results"), "outcome")).containsExactly("INVITED");
            }
            smtp.up();

            try (StartedServer second = StartedServer.start(restarted, smtp.port(), directory, exchanges)) {
                ApiClient after = second.api();
                assertThat(after.get("/api/v1/companies/" + companyId, token).json().get("name").asText())
                        .isEqualTo("Neustart GmbH");
                assertThat(texts(after.get("/api/v1/companies/" + companyId + "/invitations?status=PENDING", token)
                        .json().get("items"), "email")).containsExactly("spaet@neustart.example");
                Eventually.until("the mail queued before the restart arrives",
                        () -> !smtp.receivedBy("spaet@neustart.example").isEmpty());
                String link = link(Mails.text(smtp.receivedBy("spaet@neustart.example").get(0)));
                Reply registration = after.get("/api/v1/registrations/" + tokenOf(link), null);
                assertThat(registration.status()).isEqualTo(200);
                assertThat(registration.json().get("companyName").asText()).isEqualTo("Neustart GmbH");
            }
        }
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private String newGroup(String identifier) {
        return created(api.post("/api/v1/customer-groups", admin,
                Map.of("identifier", identifier, "name", identifier, "globalPriceRate", "0"))).get("id").asText();
    }

    private JsonNode company(String name, String groupId, String representativeId) {
        return created(api.post("/api/v1/companies", admin, Map.of("name", name, "taxId", GermanVatNumbers.of(taxIds.incrementAndGet()),
                "customerGroupId", groupId, "salesRepresentativeId", representativeId)));
    }

    private JsonNode poolUser(String email) {
        return created(api.post("/api/v1/users", admin, Map.of("email", email, "firstName", "Pat", "lastName", "Pool",
                "type", "CUSTOMER", "roles", List.of(), "password", PASSWORD)));
    }

    private JsonNode member(JsonNode company, JsonNode user, String role) {
        return created(api.post("/api/v1/companies/" + company.get("id").asText() + "/members", admin,
                Map.of("userId", user.get("id").asText(), "role", role)));
    }

    private static String invitationsOf(JsonNode company) {
        return "/api/v1/companies/" + company.get("id").asText() + "/invitations";
    }

    /** Invites one buyer and answers the invitation's id. */
    private String invite(JsonNode company, String email) {
        Reply reply = api.post(invitationsOf(company), admin,
                Map.of("invitations", List.of(Map.of("email", email, "role", "company_buyer"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("results").get(0).get("outcome").asText()).isEqualTo("INVITED");
        return reply.json().get("results").get(0).get("invitationId").asText();
    }

    private static List<String> addresses(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> prefix + "." + n + "@wettlauf.example").toList();
    }

    /** One of each in turn: the shared addresses come in the same order in both lists, as in two copies of a file. */
    private static List<String> interleaved(List<String> own, List<String> shared) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            lines.add(own.get(i));
            lines.add(shared.get(i));
        }
        return lines;
    }

    private static List<Map<String, String>> buyers(List<String> emails) {
        return emails.stream().map(email -> Map.of("email", email, "role", "company_buyer")).toList();
    }

    private static Map<String, Object> order(String number, String placedAt, String total) {
        return Map.of("number", number, "placedAt", placedAt, "status", "PLACED", "currency", "EUR", "total", total);
    }

    /** The registration link in the n-th mail to this address, once it has arrived. */
    private String mailedLink(String email, int nth) {
        Eventually.until(nth + " mails to " + email, () -> mail.receivedBy(email).size() >= nth);
        return link(Mails.text(mail.receivedBy(email).get(nth - 1)));
    }

    private static String link(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a registration link in: %s", text).isTrue();
        return link.group();
    }

    private static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(item -> item.get(field).asText()).toList();
    }
}
