package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.OUTBOX;
import static org.b2b.customers.persistence.schema.Tables.OUTBOX_DATA;

import java.util.Map;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Outbox;
import org.jooq.DSLContext;

/** The mail outbox: a message is written pending and due at once, in the transaction of the use case that wrote it. */
final class JooqOutbox implements Outbox {

    static final String PENDING = "PENDING";

    private final JooqTransactions transactions;

    JooqOutbox(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(OutboundMessage message) {
        DSLContext dsl = transactions.dsl();
        dsl.insertInto(OUTBOX)
                .set(OUTBOX.ID, message.id())
                .set(OUTBOX.RECIPIENT, message.recipient().value())
                .set(OUTBOX.TEMPLATE, message.template())
                .set(OUTBOX.CREATED_AT, message.createdAt())
                .set(OUTBOX.STATUS, PENDING)
                .set(OUTBOX.ATTEMPTS, 0)
                .set(OUTBOX.NEXT_ATTEMPT_AT, message.createdAt())
                .execute();
        if (message.data().isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(OUTBOX_DATA, OUTBOX_DATA.MESSAGE_ID, OUTBOX_DATA.POSITION, OUTBOX_DATA.DATA_KEY,
                OUTBOX_DATA.DATA_VALUE);
        int position = 0;
        for (Map.Entry<String, String> entry : message.data().entrySet()) {
            insert = insert.values(message.id(), position++, entry.getKey(), entry.getValue());
        }
        insert.execute();
    }
}
