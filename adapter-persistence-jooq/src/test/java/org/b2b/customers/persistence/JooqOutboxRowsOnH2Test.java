package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.b2b.customers.persistence.schema.Tables.OUTBOX;

import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.persistence.schema.tables.records.OutboxRecord;
import org.b2b.customers.testkit.contract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqOutboxRowsOnH2Test {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Test
    void a_message_is_written_pending_due_at_once_and_never_tried() {
        OutboundMessage message = new OutboundMessage(UUID.randomUUID(), Fixtures.email("someone"), "invitation",
                Map.of(), Fixtures.T0);
        JooqTransactions transactions = DATABASE.transactions();
        transactions.inTransaction(() -> DATABASE.ports().outbox().append(message));

        OutboxRecord row = transactions.inTransaction(() -> transactions.dsl().fetchSingle(OUTBOX, OUTBOX.ID.eq(message.id())));

        assertThat(row.getStatus()).isEqualTo("PENDING");
        assertThat(row.getNextAttemptAt()).isEqualTo(message.createdAt());
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getSentAt()).isNull();
    }
}
