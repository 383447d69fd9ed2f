package org.b2b.customers.persistence;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchPlansOnH2Test extends SearchPlansContract {

    @RegisterExtension
    static final TestDatabase DATABASE = TestDatabase.h2();

    @Override
    TestDatabase database() {
        return DATABASE;
    }

    @Override
    String plan(String sql, Object... bindings) {
        JooqTransactions transactions = DATABASE.transactions();
        return transactions.inTransaction(() -> transactions.dsl().fetch("explain " + sql, bindings).stream()
                .map(r -> r.get(0, String.class)).collect(Collectors.joining("\n")));
    }

    /** H2 names the index of every primary key PRIMARY_KEY_ and a suffix, whatever the constraint is called. */
    @Override
    String primaryKeyIndex(String constraint) {
        return "PRIMARY_KEY_";
    }

    /** H2 plans a prepared statement once, before it sees any values, and has no setting that discourages a scan. */
    @Override
    String planForAnyValues(String sql, Object... bindings) {
        return plan(sql, bindings);
    }

    @Override
    boolean looksUpEachKey(String plan, String index) {
        return usesRange(plan, index);
    }

    /** H2 writes an index it reads in a range as {@code /* public.name: column >= … *}{@code /}, a full read without the colon. */
    @Override
    boolean usesRange(String plan, String index) {
        return Pattern.compile("/\\* public\\." + Pattern.quote(index) + "\\w*: ", Pattern.CASE_INSENSITIVE).matcher(plan).find();
    }
}
