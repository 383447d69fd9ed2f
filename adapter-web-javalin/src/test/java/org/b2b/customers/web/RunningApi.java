package org.b2b.customers.web;

import java.time.Duration;
import org.b2b.customers.application.member.MemberView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;

/**
 * A started web server on the in-memory system, and the HTTP client for it. Closing it checks every reply it got
 * from the API against the OpenAPI document, so each web test is also a test of the document.
 */
final class RunningApi extends ApiClient implements AutoCloseable {

    private static final OpenApiConformance DOCUMENT = OpenApiConformance.ofServedDocument();

    private final InMemorySystem system;
    private final WebServer server;

    RunningApi() {
        this(TrustedProxies.none());
    }

    /** A server that believes the {@code X-Forwarded-For} of these proxies. */
    RunningApi(TrustedProxies proxies) {
        this(InMemorySystem.start(), proxies);
    }

    /** Stops at once: every request of a test is answered before it stops, and waiting would cost a second a test. */
    private RunningApi(InMemorySystem system, TrustedProxies proxies) {
        this(system, new WebServer(new Health(() -> true), system.useCases(), proxies, Duration.ZERO));
    }

    private RunningApi(InMemorySystem system, WebServer server) {
        super(server.start("127.0.0.1", 0));
        this.system = system;
        this.server = server;
    }

    InMemorySystem system() {
        return system;
    }

    TestData data() {
        return system.testData();
    }

    WebServer server() {
        return server;
    }

    /** A bearer token of the first administrator. */
    String adminToken() {
        return tokenOf(InMemorySystem.ADMIN_EMAIL, InMemorySystem.ADMIN_PASSWORD);
    }

    String tokenOf(UserView user) {
        return tokenOf(user.email(), TestData.PASSWORD);
    }

    String tokenOf(MemberView member) {
        return tokenOf(member.email(), TestData.PASSWORD);
    }

    @Override
    public void close() {
        server.stop();
        DOCUMENT.assertConform(exchanges().all());
    }
}
