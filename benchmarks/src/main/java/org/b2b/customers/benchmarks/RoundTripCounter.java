package org.b2b.customers.benchmarks;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the round trips sent over the connections of a pool, as the persistence tests count them: every statement
 * executed (a batch counts once) and every commit and rollback, on whichever thread, so that it counts what a server's
 * request threads send. The counter goes under the pool: what the pool sends of its own counts too, so a count is taken
 * after a warm-up, when the pool holds all its connections and sends nothing but what it is asked to.
 */
final class RoundTripCounter implements UnaryOperator<DataSource> {

    private static final Set<String> TRANSACTION_ENDS = Set.of("commit", "rollback");

    private final AtomicLong sent = new AtomicLong();

    @Override
    public DataSource apply(DataSource connections) {
        return ProxyDataSourceBuilder.create(connections)
                .afterQuery((execution, queries) -> sent.incrementAndGet())
                .afterMethod(call -> {
                    if (call.getTarget() instanceof Connection && TRANSACTION_ENDS.contains(call.getMethod().getName())) {
                        sent.incrementAndGet();
                    }
                })
                .build();
    }

    /** The round trips sent so far: a count is the difference of two readings around the work counted. */
    long sent() {
        return sent.get();
    }
}
