package org.b2b.customers.testkit.contract;

import java.util.List;
import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.testkit.InMemorySystem;

class InMemoryTransactionsTest extends TransactionsContract {

    private final InMemorySystem system = InMemorySystem.start();

    @Override
    protected DrivenPorts ports() {
        return system.ports();
    }

    @Override
    protected List<OutboundMessage> outboxMessages() {
        return system.outbox().messages();
    }

    @Override
    protected boolean othersWaitForARunningTransaction() {
        return true;
    }
}
