package org.b2b.customers.persistence;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.testkit.contract.OutboxQueueContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqOutboxQueueOnPostgresTest extends OutboxQueueContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected DrivenPorts ports() {
        return DATABASE.ports();
    }

    @Override
    protected OutboxQueue queue() {
        return DATABASE.outboxQueue();
    }
}
