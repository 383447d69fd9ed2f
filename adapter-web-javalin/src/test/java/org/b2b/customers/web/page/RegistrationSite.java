package org.b2b.customers.web.page;

import io.javalin.Javalin;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.invitation.InviteMembersCommand;
import org.b2b.customers.application.invitation.Invitee;
import org.b2b.customers.application.user.ListUsersQuery;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.web.Problems;
import org.b2b.customers.web.TrustedProxies;

/**
 * The registration pages served over real HTTP on a free port, wired to an in-memory system, with the JSON API's
 * problem handling installed beside them as the real server has it.
 */
final class RegistrationSite implements AutoCloseable {

    final InMemorySystem system = InMemorySystem.start();
    final Actor admin = system.administrator();
    private final Javalin server;

    RegistrationSite() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            Problems.install(config);
            RegistrationPages.install(config, system.useCases().invitations(), system.useCases().users(),
                    TrustedProxies.none());
        }).start("127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    CompanyView company(String name) {
        return system.testData().company(name, system.testData().salesRepresentative());
    }

    InvitationId invite(CompanyView company, String email) {
        return system.useCases().invitations().invite().invite(admin,
                        InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
    }

    /** The page a mail's link opens, on this server. */
    String registrationPage(CompanyView company, InvitationId invitation) {
        String link = system.useCases().invitations().registrationLink().link(admin, company.id(), invitation).url().toString();
        return url("/register/" + TestData.tokenOf(link));
    }

    boolean accountExists(String email) {
        return !system.useCases().users().list().list(admin, new ListUsersQuery(Optional.of(email), null, null, false, null))
                .items().isEmpty();
    }

    @Override
    public void close() {
        server.stop();
    }
}
