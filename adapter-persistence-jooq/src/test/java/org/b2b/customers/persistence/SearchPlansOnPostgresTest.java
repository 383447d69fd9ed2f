package org.b2b.customers.persistence;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchPlansOnPostgresTest extends SearchPlansContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.postgres();

    @Override
    TestDatabase database() {
        return DATABASE;
    }

    /** With sequential scans off, the planner takes an index whenever one can serve; on empty tables it would not. */
    @Override
    String plan(String sql, Object... bindings) {
        JooqTransactions transactions = DATABASE.transactions();
        return transactions.inTransaction(() -> {
            transactions.dsl().execute("set local enable_seqscan = off");
            return transactions.dsl().fetch("explain " + sql, bindings).stream()
                    .map(r -> r.get(0, String.class)).collect(Collectors.joining("\n"));
        });
    }

    /** PostgreSQL names the index of a primary key after its constraint. */
    @Override
    String primaryKeyIndex(String constraint) {
        return constraint;
    }

    /**
     * The generic plan of the statement, as PostgreSQL keeps it once a statement has run often: prepared by name,
     * explained as executed with its values under {@code plan_cache_mode = force_generic_plan}, sequential scans
     * allowed, on the test's nearly empty tables without statistics (this server runs no autovacuum).
     */
    @Override
    String planForAnyValues(String sql, Object... bindings) {
        StringBuilder numbered = new StringBuilder();
        int parameter = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++parameter : String.valueOf(c));
        }
        JooqTransactions transactions = DATABASE.transactions();
        return transactions.inTransaction(() -> {
            DSLContext dsl = transactions.dsl();
            // EXPLAIN EXECUTE takes no bind values: its arguments are written out.
            String arguments = Arrays.stream(bindings).map(value -> dsl.renderInlined(DSL.inline(value)))
                    .collect(Collectors.joining(", "));
            dsl.execute("set local plan_cache_mode = force_generic_plan");
            dsl.execute("prepare chunk_lookup as " + numbered);
            try {
                return dsl.fetch("explain execute chunk_lookup(" + arguments + ")").stream()
                        .map(r -> r.get(0, String.class)).collect(Collectors.joining("\n"));
            } finally {
                dsl.execute("deallocate chunk_lookup");
            }
        });
    }

    /** A filter {@code = ANY (…)} on a scan compares each row with each key; an index or a hash join does not. */
    @Override
    boolean looksUpEachKey(String plan, String index) {
        return !plan.contains("ANY (") && (usesRange(plan, index) || plan.contains("Hash Cond: "));
    }

    /** An index read within a range has an {@code Index Cond} right under it; a full read has none. */
    @Override
    boolean usesRange(String plan, String index) {
        return Pattern.compile("(Scan using|Scan on) " + Pattern.quote(index) + " [^\\n]*\\n\\s*Index Cond: ").matcher(plan).find();
    }
}
