package org.b2b.customers.web.page;

import io.javalin.Javalin;
import java.util.Optional;
import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.company.CompanyView;
import org.b2b.customers.application.port.in.invitation.InviteMembersCommand;
import org.b2b.customers.application.port.in.invitation.Invitee;
import org.b2b.customers.application.port.in.user.ListUsersQuery;
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
            RegistrationPages.install(config, system.useCases(), TrustedProxies.none());
        }).start("127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    CompanyView company(String name) {
        return system.testData().company(name, system.testData().salesRepresentative());
    }

    InvitationId invite(CompanyView company, String email) {
        return system.useCases().inviteMembers().invite(admin,
                        InviteMembersCommand.of(company.id(), new Invitee(email, "company_buyer")))
                .results().get(0).invitationId().orElseThrow();
    }

    /** The page a mail's link opens, on this server. */
    String registrationPage(CompanyView company, InvitationId invitation) {
        String link = system.useCases().registrationLink().link(admin, company.id(), invitation).url().toString();
        return url("/register/" + TestData.tokenOf(link));
    }

    boolean accountExists(String email) {
        return !system.useCases().listUsers().list(admin, new ListUsersQuery(Optional.of(email), null, null, false, null))
                .items().isEmpty();
    }

    @Override
    public void close() {
        server.stop();
    }
}
