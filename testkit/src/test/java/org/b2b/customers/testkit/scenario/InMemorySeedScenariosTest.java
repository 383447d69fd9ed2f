package org.b2b.customers.testkit.scenario;

import org.b2b.customers.testkit.InMemorySystem;
import org.b2b.customers.testkit.TestSystem;

class InMemorySeedScenariosTest extends SeedScenarios {

    @Override
    protected TestSystem startSystem() {
        return InMemorySystem.start();
    }
}
