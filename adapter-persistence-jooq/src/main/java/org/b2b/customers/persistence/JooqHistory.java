package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.HISTORY;
import static org.b2b.customers.persistence.schema.Tables.HISTORY_DETAILS;
import static org.b2b.customers.persistence.schema.Tables.USERS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.persistence.schema.tables.records.HistoryRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;

/** The history, newest first; an entry's details keep the order they were written in. */
final class JooqHistory implements History {

    private final JooqTransactions transactions;

    JooqHistory(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(HistoryEntry entry) {
        DSLContext dsl = transactions.dsl();
        dsl.insertInto(HISTORY)
                .set(HISTORY.ID, entry.id().value())
                .set(HISTORY.COMPANY_ID, entry.companyId().map(CompanyId::value).orElse(null))
                .set(HISTORY.AT, entry.at())
                .set(HISTORY.ACTOR_USER_ID, entry.actor().value())
                .set(HISTORY.ACTION, entry.action())
                .execute();
        if (entry.details().isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(HISTORY_DETAILS, HISTORY_DETAILS.ENTRY_ID, HISTORY_DETAILS.POSITION,
                HISTORY_DETAILS.DETAIL_KEY, HISTORY_DETAILS.DETAIL_VALUE);
        int position = 0;
        for (Map.Entry<String, String> detail : entry.details().entrySet()) {
            insert = insert.values(entry.id().value(), position++, detail.getKey(), detail.getValue());
        }
        insert.execute();
    }

    /** Two JDBC batches, the entries and then their details, each one statement sent with many sets of values. */
    @Override
    public void appendAll(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        DSLContext dsl = transactions.dsl();
        BatchBindStep rows = dsl.batch(dsl.insertInto(HISTORY, HISTORY.ID, HISTORY.COMPANY_ID, HISTORY.AT,
                HISTORY.ACTOR_USER_ID, HISTORY.ACTION).values((UUID) null, null, null, null, null));
        BatchBindStep details = dsl.batch(dsl.insertInto(HISTORY_DETAILS, HISTORY_DETAILS.ENTRY_ID,
                HISTORY_DETAILS.POSITION, HISTORY_DETAILS.DETAIL_KEY, HISTORY_DETAILS.DETAIL_VALUE)
                .values((UUID) null, null, null, null));
        boolean anyDetails = false;
        for (HistoryEntry entry : entries) {
            rows.bind(entry.id().value(), entry.companyId().map(CompanyId::value).orElse(null), entry.at(),
                    entry.actor().value(), entry.action());
            int position = 0;
            for (Map.Entry<String, String> detail : entry.details().entrySet()) {
                details.bind(entry.id().value(), position++, detail.getKey(), detail.getValue());
                anyDetails = true;
            }
        }
        rows.execute();
        if (anyDetails) {
            details.execute();
        }
    }

    /** The details and the actor's name come in the entries' statement: a page is one read, whoever made it. */
    @Override
    public Slice<WithActor> listWithActors(CompanyId companyId, Optional<String> action, Optional<Key> after,
            int limit) {
        Field<Result<Record2<String, String>>> details = DSL.multiset(DSL.select(HISTORY_DETAILS.DETAIL_KEY,
                HISTORY_DETAILS.DETAIL_VALUE).from(HISTORY_DETAILS).where(HISTORY_DETAILS.ENTRY_ID.eq(HISTORY.ID))
                .orderBy(HISTORY_DETAILS.POSITION));
        return Slice.of(transactions.dsl().select(HISTORY.fields()).select(USERS.FIRST_NAME, USERS.LAST_NAME, details)
                .from(HISTORY).leftJoin(USERS).on(USERS.ID.eq(HISTORY.ACTOR_USER_ID))
                .where(HISTORY.COMPANY_ID.eq(companyId.value()))
                .and(action.map(HISTORY.ACTION::eq).orElse(DSL.noCondition()))
                .and(after.map(k -> DSL.row(HISTORY.AT, HISTORY.ID).lt(k.at(), k.id().value())).orElse(DSL.noCondition()))
                .orderBy(HISTORY.AT.desc(), HISTORY.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new WithActor(entry(r.into(HISTORY), r.get(details)),
                        Optional.ofNullable(r.get(USERS.FIRST_NAME)).map(first -> new PersonName(first,
                                r.get(USERS.LAST_NAME))))), limit);
    }

    private static HistoryEntry entry(HistoryRecord r, List<Record2<String, String>> detailRows) {
        Map<String, String> details = new LinkedHashMap<>();
        detailRows.forEach(d -> details.put(d.value1(), d.value2()));
        return new HistoryEntry(new HistoryEntryId(r.getId()), Optional.ofNullable(r.getCompanyId()).map(CompanyId::new),
                r.getAt(), new UserId(r.getActorUserId()), r.getAction(), details);
    }
}
