package org.b2b.customers.testkit;

import java.util.List;
import java.util.UUID;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.domain.user.EmailAddress;

/** The outbox in memory: what would have been mailed, readable by tests once its transaction committed. */
public final class InMemoryOutbox implements Outbox {

    private final InMemoryStore store;
    private final InMemoryTable<UUID, OutboundMessage> table;

    public InMemoryOutbox(InMemoryStore store) {
        this.store = store;
        this.table = store.table("outbox");
    }

    @Override
    public void append(OutboundMessage message) {
        table.put(message.id(), message);
    }

    /** Every message written so far, oldest first. */
    public List<OutboundMessage> messages() {
        return store.inTransaction(() -> table.rows().toList());
    }

    /** The messages to one recipient, oldest first. */
    public List<OutboundMessage> messagesTo(EmailAddress recipient) {
        return messages().stream().filter(m -> m.recipient().equals(recipient)).toList();
    }
}
