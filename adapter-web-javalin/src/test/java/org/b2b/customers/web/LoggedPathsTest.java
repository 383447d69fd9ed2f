package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.b2b.customers.application.CustomerManagement;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.passwordscreen.ZxcvbnPasswordScreen;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A registration link's token is a secret: when its request fails, the log names the path without it. */
class LoggedPathsTest {

    private static final String TOKEN = "Tok3nOfAnInvitationThatMustNotBeLogged_0123";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private WebServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        root.detachAppender(log);
    }

    @Test
    void a_failing_registration_request_is_logged_with_its_token_masked() {
        InMemorySystem system = InMemorySystem.start();
        server = new WebServer(new Health(() -> true), failingInvitations(system), TrustedProxies.none(), Duration.ZERO);
        ApiClient api = new ApiClient(server.start("127.0.0.1", 0));
        log.start();
        root.addAppender(log);

        assertThat(api.get("/api/v1/registrations/" + TOKEN, null).status()).isEqualTo(500);
        assertThat(api.send("GET", "/register/" + TOKEN, null, null).status()).isEqualTo(500);
        assertThat(api.post("/api/v1/registrations", null, java.util.Map.of("token", TOKEN, "firstName", "Ina",
                "lastName", "Vitee", "password", "my own long passphrase")).status()).isEqualTo(500);

        assertThat(log.list).isNotEmpty().noneSatisfy(event -> assertThat(textOf(event)).contains(TOKEN));
        assertThat(log.list).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains("GET /api/v1/registrations/{token}"));
    }

    @Test
    void only_the_token_of_a_registration_path_is_masked() {
        assertThat(LoggedPaths.masked("/register/" + TOKEN)).isEqualTo("/register/{token}");
        assertThat(LoggedPaths.masked("/api/v1/registrations/" + TOKEN)).isEqualTo("/api/v1/registrations/{token}");
        assertThat(LoggedPaths.masked("/api/v1/registrations")).isEqualTo("/api/v1/registrations");
        assertThat(LoggedPaths.masked("/api/v1/companies/42")).isEqualTo("/api/v1/companies/42");
    }

    private static String textOf(ILoggingEvent event) {
        return event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }

    /** The use cases on invitations that fail as a lost database connection does. */
    private static CustomerManagement failingInvitations(InMemorySystem system) {
        DrivenPorts p = system.ports();
        Invitations failing = (Invitations) Proxy.newProxyInstance(Invitations.class.getClassLoader(),
                new Class<?>[] {Invitations.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("the database connection was lost");
                });
        return new CustomerManagement(new DrivenPorts(p.transactions(), p.companies(), p.users(), p.members(), failing,
                p.addressBooks(), p.customerGroups(), p.roles(), p.orders(), p.history(), p.outbox(),
                p.accessTokens(), p.principals(), p.loginFailures(), p.passwordHasher(), p.clock()), system.settings(),
                InMemorySystem.validator(),
                new ZxcvbnPasswordScreen());
    }
}
