package org.b2b.customers.persistence;

import org.b2b.customers.testkit.TestSystem;
import org.b2b.customers.testkit.scenario.SeedScenarios;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeedScenariosOnPostgresTest extends SeedScenarios {

    @RegisterExtension
    final TestDatabase database = TestDatabase.postgresEachTest();

    @Override
    protected TestSystem startSystem() {
        return TestSystem.on(database::ports, database::outboxMessages);
    }
}
