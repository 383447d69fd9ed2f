package org.b2b.customers.persistence;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.testkit.contract.OutboxQueueContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqOutboxQueueOnH2Test extends OutboxQueueContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    protected DrivenPorts ports() {
        return DATABASE.ports();
    }

    @Override
    protected OutboxQueue queue() {
        return DATABASE.outboxQueue();
    }
}
