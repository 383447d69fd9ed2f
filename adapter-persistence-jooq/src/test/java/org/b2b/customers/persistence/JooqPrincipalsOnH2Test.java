package org.b2b.customers.persistence;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.testkit.contract.PrincipalsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqPrincipalsOnH2Test extends PrincipalsContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected DrivenPorts ports() {
        return DATABASE.ports();
    }
}
