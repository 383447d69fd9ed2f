package org.b2b.customers.persistence;

import java.util.List;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.testkit.contract.OutboxContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqOutboxOnPostgresTest extends OutboxContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    protected DrivenPorts ports() {
        return DATABASE.ports();
    }

    @Override
    protected List<OutboundMessage> outboxMessages() {
        return DATABASE.outboxMessages();
    }
}
