package org.b2b.customers.web.backoffice;

import java.time.Duration;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.user.UserView;
import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestData;
import org.b2b.customers.web.Health;
import org.b2b.customers.web.TrustedProxies;
import org.b2b.customers.web.WebServer;

/** The whole web server, API and pages, over real HTTP on a free port, wired to an in-memory system. */
final class BackOfficeSite implements AutoCloseable {

    static final String ADMIN_EMAIL = InMemorySystem.ADMIN_EMAIL;
    static final String ADMIN_PASSWORD = InMemorySystem.ADMIN_PASSWORD;
    static final String PASSWORD = TestData.PASSWORD;

    final InMemorySystem system = InMemorySystem.start();
    private final WebServer server = new WebServer(new Health(() -> true), system.useCases(), TrustedProxies.none(),
            Duration.ZERO);
    private final int port = server.start("127.0.0.1", 0);

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    TestData data() {
        return system.testData();
    }

    Actor admin() {
        return system.administrator();
    }

    CompanyView company(String name, UserView representative) {
        return data().company(name, representative);
    }

    CompanyView company(CompanyView company) {
        return system.useCases().companies().get().get(admin(), company.id());
    }

    @Override
    public void close() {
        server.stop();
    }
}
