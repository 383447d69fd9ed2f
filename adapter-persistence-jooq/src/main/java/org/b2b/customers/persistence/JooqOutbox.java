package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.OUTBOX;
import static org.b2b.customers.persistence.schema.Tables.OUTBOX_DATA;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.port.out.ClaimedMessage;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.persistence.schema.tables.records.OutboxDataRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.UpdateSetMoreStep;

/**
 * The mail outbox: a message is written pending and due at once, in the transaction of the use case that wrote it.
 * Dispatchers claim due messages with {@code SELECT … FOR UPDATE SKIP LOCKED}, so that two of them never wait for
 * or take each other's rows, and mark the claimed rows with their claim and lease in the same short transaction.
 */
final class JooqOutbox implements Outbox, OutboxQueue {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String DROPPED = "DROPPED";

    /** Enough candidates that dispatchers claiming at the same moment each find some not locked by the others. */
    private static final int CANDIDATES_PER_CLAIMED = 4;
    private static final int ERROR_LENGTH = OUTBOX.LAST_ERROR.getDataType().length();

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

    /** Two JDBC batches, the messages and then their data, each one statement sent with many sets of values. */
    @Override
    public void appendAll(List<OutboundMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        DSLContext dsl = transactions.dsl();
        BatchBindStep rows = dsl.batch(dsl.insertInto(OUTBOX, OUTBOX.ID, OUTBOX.RECIPIENT, OUTBOX.TEMPLATE,
                OUTBOX.CREATED_AT, OUTBOX.STATUS, OUTBOX.ATTEMPTS, OUTBOX.NEXT_ATTEMPT_AT)
                .values((UUID) null, null, null, null, null, null, null));
        BatchBindStep data = dsl.batch(dsl.insertInto(OUTBOX_DATA, OUTBOX_DATA.MESSAGE_ID, OUTBOX_DATA.POSITION,
                OUTBOX_DATA.DATA_KEY, OUTBOX_DATA.DATA_VALUE).values((UUID) null, null, null, null));
        boolean anyData = false;
        for (OutboundMessage message : messages) {
            rows.bind(message.id(), message.recipient().value(), message.template(), message.createdAt(), PENDING, 0,
                    message.createdAt());
            int position = 0;
            for (Map.Entry<String, String> entry : message.data().entrySet()) {
                data.bind(message.id(), position++, entry.getKey(), entry.getValue());
                anyData = true;
            }
        }
        rows.execute();
        if (anyData) {
            data.execute();
        }
    }

    @Override
    public List<ClaimedMessage> claim(UUID claim, int limit, Instant now, Instant leaseUntil) {
        DSLContext dsl = transactions.dsl();
        // The candidates are read first, without locks, in the order of the index outbox_due (status,
        // next_attempt_at), so that only they are locked then: H2 locks every row that a FOR UPDATE query looks at,
        // which would otherwise be every due row, hiding them all from the other dispatchers until we commit.
        List<UUID> candidates = dsl.select(OUTBOX.ID).from(OUTBOX)
                .where(isDue(now))
                .orderBy(OUTBOX.STATUS, OUTBOX.NEXT_ATTEMPT_AT)
                .limit(limit * CANDIDATES_PER_CLAIMED)
                .fetch(OUTBOX.ID);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<UUID> locked = dsl.select(OUTBOX.ID).from(OUTBOX)
                .where(OUTBOX.ID.in(candidates))
                .orderBy(OUTBOX.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(OUTBOX.ID);
        if (locked.isEmpty()) {
            return List.of();
        }
        // The due condition again, under the row locks now held: a row that another dispatcher claimed since we
        // read the candidates is left alone.
        dsl.update(OUTBOX)
                .set(OUTBOX.CLAIM, claim)
                .set(OUTBOX.CLAIMED_UNTIL, leaseUntil)
                .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
                .where(OUTBOX.ID.in(locked)).and(isDue(now))
                .execute();
        Map<UUID, Result<OutboxDataRecord>> data = dsl.selectFrom(OUTBOX_DATA)
                .where(OUTBOX_DATA.MESSAGE_ID.in(locked))
                .orderBy(OUTBOX_DATA.MESSAGE_ID, OUTBOX_DATA.POSITION)
                .fetchGroups(OUTBOX_DATA.MESSAGE_ID);
        return dsl.selectFrom(OUTBOX)
                .where(OUTBOX.ID.in(locked)).and(OUTBOX.CLAIM.eq(claim))
                .orderBy(OUTBOX.NEXT_ATTEMPT_AT, OUTBOX.CREATED_AT, OUTBOX.ID)
                .fetch(row -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    data.getOrDefault(row.getId(), dsl.newResult(OUTBOX_DATA))
                            .forEach(d -> values.put(d.getDataKey(), d.getDataValue()));
                    return new ClaimedMessage(new OutboundMessage(row.getId(), new EmailAddress(row.getRecipient()),
                            row.getTemplate(), values, row.getCreatedAt()), row.getAttempts());
                });
    }

    @Override
    public boolean markSent(UUID messageId, UUID claim, Instant sentAt) {
        return finish(messageId, claim, unclaim().set(OUTBOX.STATUS, SENT).set(OUTBOX.SENT_AT, sentAt));
    }

    @Override
    public boolean scheduleRetry(UUID messageId, UUID claim, Instant nextAttemptAt, String error) {
        return finish(messageId, claim, unclaim().set(OUTBOX.NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(OUTBOX.LAST_ERROR, shortened(error)));
    }

    @Override
    public boolean markFailed(UUID messageId, UUID claim, String error) {
        return finish(messageId, claim, unclaim().set(OUTBOX.STATUS, FAILED).set(OUTBOX.LAST_ERROR, shortened(error)));
    }

    @Override
    public boolean markDropped(UUID messageId, UUID claim, String reason) {
        return finish(messageId, claim, unclaim().set(OUTBOX.STATUS, DROPPED).set(OUTBOX.LAST_ERROR, shortened(reason)));
    }

    @Override
    public boolean release(UUID messageId, UUID claim) {
        return finish(messageId, claim, unclaim().set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.minus(1)));
    }

    private static Condition isDue(Instant now) {
        return OUTBOX.STATUS.eq(PENDING)
                .and(OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .and(OUTBOX.CLAIMED_UNTIL.isNull().or(OUTBOX.CLAIMED_UNTIL.le(now)));
    }

    private UpdateSetMoreStep<?> unclaim() {
        return transactions.dsl().update(OUTBOX)
                .set(OUTBOX.CLAIM, (UUID) null)
                .set(OUTBOX.CLAIMED_UNTIL, (Instant) null);
    }

    private static boolean finish(UUID messageId, UUID claim, UpdateSetMoreStep<?> change) {
        return change.where(OUTBOX.ID.eq(messageId)).and(OUTBOX.CLAIM.eq(claim)).execute() == 1;
    }

    private static String shortened(String text) {
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }
}
