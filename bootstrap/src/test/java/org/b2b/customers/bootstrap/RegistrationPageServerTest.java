package org.b2b.customers.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.address.AddressInput;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CreateCompanyCommand;
import org.b2b.customers.application.group.CreateCustomerGroupCommand;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.user.AuthenticateCommand;
import org.b2b.customers.application.user.CreateUserCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration page as the started server serves it, beside the JSON API's error handling. */
class RegistrationPageServerTest {

    private static final String EMAIL = "greta.sommer@nordwind.example";

    @TempDir
    Path data;

    @Test
    void the_server_serves_the_page_of_an_invitation_link_and_a_page_for_an_unknown_one() throws Exception {
        Configuration configuration = Configuration.from(Map.of(
                "CM_HTTP_PORT", "0",
                "CM_DB_URL", "jdbc:h2:file:" + data.resolve("customers") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "CM_ADMIN_EMAIL", "owner@seller.example",
                "CM_ADMIN_PASSWORD", "the owner's long password"));

        try (Server server = Server.start(configuration, data.resolve("registration.key"))) {
            String link = invitationLink(server.useCases());

            HttpResponse<String> page = get(server.port(), URI.create(link).getPath());
            HttpResponse<String> unknown = get(server.port(), "/register/" + "A".repeat(43));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(page.body()).contains("Nordwind Logistik").contains(EMAIL);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("This link does not work");
        }
    }

    private static String invitationLink(CustomerManagement useCases) {
        Actor admin = Actor.of(useCases.users().authenticate()
                .authenticate(new AuthenticateCommand("owner@seller.example", "the owner's long password")).id());
        var group = useCases.customerGroups().create().create(admin, new CreateCustomerGroupCommand("retail", "Retail", "0"));
        var representative = useCases.users().create().create(admin, new CreateUserCommand("rep@seller.example", "Lena",
                "Hoffmann", null, "STAFF", List.of("sales_representative"), "the representative's password"));
        CompanyView company = useCases.companies().create().create(admin, new CreateCompanyCommand("Nordwind Logistik",
                "DE136695976", group.id().toString(), representative.id().toString(), null,
                new AddressInput("Buchhaltung", "Hafenstraße 1", "20457", "Hamburg", null, "DE", null, null, null)));
        var invitation = useCases.invitations().invite().invite(admin,
                InviteMembersCommand.of(company.id(), new Invitee(EMAIL, "company_buyer"))).results().get(0);
        return useCases.invitations().registrationLink().link(admin, company.id(), invitation.invitationId().orElseThrow()).url().toString();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
