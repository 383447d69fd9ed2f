package org.b2b.customers.persistence;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the round trips a piece of work sends to the database: every statement executed (a batch counts once) and
 * every commit and rollback. Only the measuring thread's are counted, so the pool filling itself in the background
 * does not disturb a count.
 */
final class RoundTrips implements UnaryOperator<DataSource> {

    private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "rollback");

    private final AtomicInteger sent = new AtomicInteger();
    private volatile Thread measured;

    @Override
    public DataSource apply(DataSource connections) {
        return ProxyDataSourceBuilder.create(connections)
                .afterQuery((execution, queries) -> count())
                .afterMethod(call -> {
                    if (call.getTarget() instanceof Connection && TRANSACTION_ENDS.contains(call.getMethod().getName())) {
                        count();
                    }
                })
                .build();
    }

    /** How many round trips the work sends on this thread. */
    int of(Runnable work) {
        sent.set(0);
        measured = Thread.currentThread();
        try {
            work.run();
        } finally {
            measured = null;
        }
        return sent.get();
    }

    private void count() {
        if (Thread.currentThread() == measured) {
            sent.incrementAndGet();
        }
    }
}
