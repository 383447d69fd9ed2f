package org.b2b.customers.persistence;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** An index read within a range has an {@code Index Cond} right under it; a full read has none. */
    @Override
    boolean usesRange(String plan, String index) {
        return Pattern.compile("(Scan using|Scan on) " + Pattern.quote(index) + " [^\\n]*\\n\\s*Index Cond: ").matcher(plan).find();
    }
}
