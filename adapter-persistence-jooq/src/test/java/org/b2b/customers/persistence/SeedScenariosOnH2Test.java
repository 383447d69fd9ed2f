package org.b2b.customers.persistence;

import org.b2b.customers.testkit.TestSystem;
import org.b2b.customers.testkit.scenario.SeedScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeedScenariosOnH2Test extends SeedScenarios {

    @RegisterExtension
    final TestDatabase database = TestDatabase.h2EachTest();

    @Override
    protected TestSystem startSystem() {
        return TestSystem.on(database::ports, database::outboxMessages);
    }
}
