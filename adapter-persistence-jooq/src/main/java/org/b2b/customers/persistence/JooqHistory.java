package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.HISTORY;
import static org.b2b.customers.persistence.schema.Tables.HISTORY_DETAILS;

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
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.persistence.schema.tables.records.HistoryDetailsRecord;
import org.b2b.customers.persistence.schema.tables.records.HistoryRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
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

    @Override
    public Slice<HistoryEntry> listByCompany(CompanyId companyId, Optional<String> action, Optional<Key> after,
            int limit) {
        DSLContext dsl = transactions.dsl();
        List<HistoryRecord> rows = dsl.selectFrom(HISTORY)
                .where(HISTORY.COMPANY_ID.eq(companyId.value()))
                .and(action.map(HISTORY.ACTION::eq).orElse(DSL.noCondition()))
                .and(after.map(k -> DSL.row(HISTORY.AT, HISTORY.ID).lt(k.at(), k.id().value())).orElse(DSL.noCondition()))
                .orderBy(HISTORY.AT.desc(), HISTORY.ID.desc())
                .limit(limit + 1)
                .fetch();
        Map<UUID, Result<HistoryDetailsRecord>> details = rows.isEmpty() ? Map.of() : dsl.selectFrom(HISTORY_DETAILS)
                .where(HISTORY_DETAILS.ENTRY_ID.in(rows.stream().map(HistoryRecord::getId).toList()))
                .orderBy(HISTORY_DETAILS.ENTRY_ID, HISTORY_DETAILS.POSITION)
                .fetchGroups(HISTORY_DETAILS.ENTRY_ID);
        return Slice.of(rows.stream().map(r -> entry(r, details.getOrDefault(r.getId(), dsl.newResult(HISTORY_DETAILS)))).toList(), limit);
    }

    private static HistoryEntry entry(HistoryRecord r, List<HistoryDetailsRecord> detailRows) {
        Map<String, String> details = new LinkedHashMap<>();
        detailRows.forEach(d -> details.put(d.getDetailKey(), d.getDetailValue()));
        return new HistoryEntry(new HistoryEntryId(r.getId()), Optional.ofNullable(r.getCompanyId()).map(CompanyId::new),
                r.getAt(), new UserId(r.getActorUserId()), r.getAction(), details);
    }
}
