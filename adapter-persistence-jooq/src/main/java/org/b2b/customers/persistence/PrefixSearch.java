package org.b2b.customers.persistence;

import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * The first rows, in list order, that match any of several prefixes on different columns. A plain {@code OR} makes
 * H2 walk a whole index; one branch per prefix lets each use its own index range, and only the branches' first
 * rows are merged and sorted.
 */
final class PrefixSearch {

    private PrefixSearch() {}

    static <R extends TableRecord<R>> List<R> firstRows(DSLContext dsl, Table<R> table, List<Condition> prefixes,
            Collection<Condition> where, List<? extends OrderField<?>> order, int limit) {
        List<Select<R>> branches = prefixes.stream()
                .<Select<R>>map(prefix -> dsl.selectFrom(table).where(where).and(prefix).orderBy(order).limit(limit))
                .toList();
        if (branches.size() == 1) {
            return branches.get(0).fetch();
        }
        Select<R> union = branches.get(0);
        for (Select<R> branch : branches.subList(1, branches.size())) {
            union = union.union(branch);
        }
        // Named like the table, so that the table's own qualified columns order the merged rows. Coerced, the rows
        // are read as the table's records column by column; into(table) looked each column up by comparing
        // rendered names, which took longer than the query itself.
        Table<R> merged = union.asTable(table.getName());
        return dsl.select(merged.fields()).from(merged).orderBy(order).limit(limit).coerce(table).fetch();
    }
}
