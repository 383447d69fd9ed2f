package org.b2b.customers.testkit.contract;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.testkit.InMemorySystem;

class InMemoryPrincipalsTest extends PrincipalsContract {

    private final InMemorySystem system = InMemorySystem.start();

    @Override
    protected DrivenPorts ports() {
        return system.ports();
    }
}
