package org.b2b.customers.web.backoffice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.ListInvitationsQuery;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Invite members page over HTTP: uploads, the failed lines download, markup in lines, and who may see it. */
class InviteMembersHttpTest {

    private static final String SCRIPT = "<img src=x onerror=alert(1)>";

    private final BackOfficeSite site = new BackOfficeSite();
    private final UserView representative = site.data().salesRepresentative();
    private final CompanyView company = site.company("Nordwind Logistik", representative);
    private final String base = "/companies/" + company.id().value() + "/invitations";
    private final SignedInClient admin = new SignedInClient(site).signIn(BackOfficeSite.ADMIN_EMAIL,
            BackOfficeSite.ADMIN_PASSWORD);

    @AfterEach
    void stopServer() {
        site.close();
    }

    @Test
    void an_uploaded_file_is_previewed_sent_as_previewed_and_its_failed_line_downloaded() {
        HttpResponse<String> preview = upload(base + "/preview",
                "anna@nordwind.example,company_admin\r\nbert@nordwind.example,Chief\r\ncarl@nordwind.example\r\n");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("File line 2", "Not invited: unknown role", "Not invited: no role given",
                "name=\"line.2.email\" value=\"bert@nordwind.example\"");
        assertThat(pending()).isEmpty();

        Map<String, String> lines = new LinkedHashMap<>();
        line(lines, "line", 1, "anna@nordwind.example", "company_admin");
        line(lines, "line", 2, "bert@nordwind.example", "Chief");
        HttpResponse<String> report = admin.post(base, admin.withToken(lines));

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("1 person was invited.", "Failed: unknown role",
                "name=\"failed.1.email\" value=\"bert@nordwind.example\"");
        assertThat(pending()).extracting(InvitationView::email).containsExactly("anna@nordwind.example");

        Map<String, String> failed = new LinkedHashMap<>();
        line(failed, "failed", 1, "bert@nordwind.example", "Chief");
        HttpResponse<String> download = admin.post(base + "/failed-lines", admin.withToken(failed));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(download.body()).isEqualTo("bert@nordwind.example,Chief\r\n");
    }

    @Test
    void the_download_neutralises_cells_a_spreadsheet_would_run_and_quotes_separators() {
        Map<String, String> failed = new LinkedHashMap<>();
        line(failed, "failed", 1, "=HYPERLINK(\"x\")@evil.example", "+1");
        line(failed, "failed", 2, "@sum@evil.example", "-role,with;separators");
        line(failed, "failed", 3, "plain@nordwind.example", "");

        String csv = admin.post(base + "/failed-lines", admin.withToken(failed)).body();

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"x\"\")@evil.example\",'+1\r\n"
                + "'@sum@evil.example,\"'-role,with;separators\"\r\n"
                + "plain@nordwind.example\r\n");
    }

    @Test
    void built_in_roles_are_named_in_the_users_language_in_the_preview_and_the_report() {
        HttpResponse<String> preview = admin.post(base + "/preview", admin.withToken(Map.of(
                "paste", "anna@nordwind.example,company_admin\nbert@nordwind.example,Company buyer")),
                "Accept-Language", "de");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<td>Unternehmensadministrator</td>", "<td>Einkäufer</td>")
                .doesNotContain("<td>company_admin</td>", "<td>Company admin</td>", "<td>Company buyer</td>");

        Map<String, String> lines = new LinkedHashMap<>();
        line(lines, "line", 1, "anna@nordwind.example", "company_admin");
        line(lines, "line", 2, "bert@nordwind.example", "Company buyer");
        HttpResponse<String> report = admin.post(base, admin.withToken(lines), "Accept-Language", "de");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("<td>Unternehmensadministrator</td>", "<td>Einkäufer</td>")
                .doesNotContain("<td>Company admin</td>", "<td>Company buyer</td>");
    }

    @Test
    void a_file_that_is_no_list_is_refused_with_its_reason_and_nothing_is_invited() {
        HttpResponse<String> binary = upload(base + "/preview", "anna@nordwind.example\u0000\n");
        HttpResponse<String> empty = upload(base + "/preview", "email,role\n\n");

        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(binary.body()).contains("File: this is not a text or CSV file");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("File: this holds no email addresses");
        assertThat(pending()).isEmpty();
    }

    @Test
    void a_file_above_the_limit_is_refused_with_a_page_that_says_so() {
        HttpResponse<String> answer = upload(base + "/preview",
                "a@nordwind.example\n".repeat((int) (WebServer.MAX_UPLOAD_BYTES / 19) + 1));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("This file is larger than the 4 MiB we accept");
        assertThat(pending()).isEmpty();
    }

    @Test
    void sending_nothing_is_refused_and_invites_nobody() {
        HttpResponse<String> answer = admin.post(base, admin.withToken(Map.of()));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("error-summary");
        assertThat(pending()).isEmpty();
    }

    @Test
    void emails_and_roles_that_hold_markup_are_shown_as_text() {
        HttpResponse<String> preview = admin.post(base + "/preview", admin.withToken(Map.of(
                "paste", SCRIPT + "@x.example," + SCRIPT)));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(SCRIPT);
    }

    @Test
    void a_company_a_representative_does_not_represent_is_not_found() {
        CompanyView another = site.company("Südwind AG", site.data().salesRepresentative());
        SignedInClient rep = new SignedInClient(site).signIn(representative.email(), BackOfficeSite.PASSWORD);

        assertThat(rep.get(base + "/new").statusCode()).isEqualTo(200);
        assertThat(rep.get("/companies/" + another.id().value() + "/invitations/new").statusCode()).isEqualTo(404);
        assertThat(rep.get("/companies/" + UUID.randomUUID() + "/invitations/new").statusCode()).isEqualTo(404);
        assertThat(rep.post("/companies/" + another.id().value() + "/invitations", rep.withToken(Map.of(
                "line.1.email", "anna@nordwind.example", "line.1.role", "company_buyer"))).statusCode())
                .isEqualTo(404);
    }

    private static void line(Map<String, String> fields, String prefix, int n, String email, String role) {
        fields.put(prefix + "." + n + ".source", "file");
        fields.put(prefix + "." + n + ".number", Integer.toString(n));
        fields.put(prefix + "." + n + ".email", email);
        fields.put(prefix + "." + n + ".role", role);
    }

    /** Posts the form as the page sends it with a file chosen: multipart, the session's token and the file. */
    private HttpResponse<String> upload(String path, String file) {
        String boundary = "----invite" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"formToken\"\r\n\r\n"
                + admin.formToken + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Cookie", admin.setCookie.split(";", 2)[0])
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(UTF_8))).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<InvitationView> pending() {
        return site.system.useCases().invitations().list().list(site.admin(),
                ListInvitationsQuery.all(company.id()).withStatus("PENDING")).items();
    }
}
