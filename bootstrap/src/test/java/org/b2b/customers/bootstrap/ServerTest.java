package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {

    @TempDir
    Path data;

    @Test
    void the_server_starts_on_an_embedded_database_answers_its_probes_and_keeps_its_data_across_a_restart() throws Exception {
        Configuration configuration = Configuration.from(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + data.resolve("customers") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_ADMIN_EMAIL", "owner@seller.example",
                "CM_ADMIN_PASSWORD", "the owner's long password"));
        Path keyFile = data.resolve("registration.key");

        try (Server server = Server.start(configuration, keyFile)) {
            assertThat(get(server.port(), "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(server.port(), "/health/ready").statusCode()).isEqualTo(200);
        }
        byte[] key = Files.readAllBytes(keyFile);

        try (Server again = Server.start(configuration, keyFile)) {
            assertThat(again.useCases().users().authenticate()
                    .authenticate(new AuthenticateCommand("owner@seller.example", "the owner's long password")).email())
                    .isEqualTo("owner@seller.example");
        }
        assertThat(Files.readAllBytes(keyFile)).isEqualTo(key);
    }

    @Test
    void an_api_token_issued_over_http_keeps_working_across_a_restart_until_it_is_revoked() throws Exception {
        Configuration configuration = Configuration.from(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + data.resolve("tokens") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_ADMIN_EMAIL", "owner@seller.example",
                "CM_ADMIN_PASSWORD", "the owner's long password"));
        Path keyFile = data.resolve("registration.key");
        String token;

        try (Server server = Server.start(configuration, keyFile)) {
            HttpResponse<String> login = send(server.port(), "POST", "/api/v1/auth/token", null,
                    "{\"email\":\"owner@seller.example\",\"password\":\"the owner's long password\"}");
            assertThat(login.statusCode()).isEqualTo(200);
            Matcher issued = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"").matcher(login.body());
            assertThat(issued.find()).isTrue();
            token = issued.group(1);
        }

        try (Server again = Server.start(configuration, keyFile)) {
            HttpResponse<String> me = send(again.port(), "GET", "/api/v1/me", token, null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("owner@seller.example");
            assertThat(send(again.port(), "DELETE", "/api/v1/auth/token", token, null).statusCode()).isEqualTo(204);
            assertThat(send(again.port(), "GET", "/api/v1/me", token, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void without_an_smtp_server_an_invitation_is_written_as_an_eml_file_with_a_link_that_registers() throws Exception {
        Configuration configuration = Configuration.from(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + data.resolve("mail") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_PUBLIC_URL", "https://customers.example.com",
                "CM_ADMIN_EMAIL", "owner@seller.example",
                "CM_ADMIN_PASSWORD", "the owner's long password"));

        try (Server server = Server.start(configuration, data.resolve("registration.key"))) {
            CustomerManagement useCases = server.useCases();
            Actor owner = Actor.of(useCases.users().authenticate()
                    .authenticate(new AuthenticateCommand("owner@seller.example", "the owner's long password")).id());
            var group = useCases.customerGroups().create().create(owner, new CreateCustomerGroupCommand("retail", "Retail", "0"));
            var company = useCases.companies().create().create(owner, new CreateCompanyCommand("Mailed GmbH", "DE123456788",
                    group.id().toString(), owner.userId().toString(), null, null));
            useCases.invitations().invite().invite(owner, InviteMembersCommand.of(company.id(),
                    new Invitee("new.member@mailed.example", "company_buyer")));

            Path outbox = data.resolve("outbox");
            String mail = awaitOneFile(outbox);
            Matcher link = Pattern.compile("https://customers\\.example\\.com/register/([A-Za-z0-9_-]{43})").matcher(mail);
            assertThat(mail).contains("new.member@mailed.example", "Mailed GmbH");
            assertThat(link.find()).isTrue();
            assertThat(useCases.invitations().viewRegistration().view(link.group(1)).email()).isEqualTo("new.member@mailed.example");
        }
    }

    private static String awaitOneFile(Path directory) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(directory)) {
                try (var files = Files.list(directory)) {
                    Optional<Path> eml = files.filter(f -> f.toString().endsWith(".eml")).findFirst();
                    if (eml.isPresent()) {
                        return textOf(eml.get());
                    }
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no .eml file appeared in " + directory + " within 30 s");
    }

    /** A mail file's text with quoted-printable soft line breaks and escapes undone, as a mail client shows it. */
    private static String textOf(Path eml) throws Exception {
        return Files.readString(eml).replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }

    @Test
    void a_configured_registration_key_must_be_long_enough() {
        assertThatThrownBy(() -> RegistrationKey.load(Optional.of("c2hvcnQ="), data.resolve("unused.key")))
                .hasMessageContaining("CM_REGISTRATION_KEY");
        assertThat(data.resolve("unused.key")).doesNotExist();
    }

    private static HttpResponse<String> send(int port, String method, String path, String token, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
