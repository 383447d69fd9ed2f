package org.b2b.customers.web;

import java.nio.file.Path;
import org.b2b.customers.testkit.InMemorySystem;

/** The bad-input suite against the web server over the in-memory system. */
class BadInputInMemoryTest extends BadInputSuite {

    private RunningApi api;

    @Override
    protected Target start(Path directory) {
        api = new RunningApi();
        return new Target(api, InMemorySystem.ADMIN_EMAIL, InMemorySystem.ADMIN_PASSWORD,
                api.server().registeredEndpoints());
    }

    @Override
    protected void stop() {
        api.close();
    }
}
