package org.b2b.customers.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.testkit.contract.Fixtures;
import org.b2b.customers.testkit.contract.PortContract;
import org.junit.jupiter.api.Test;

/**
 * What the database does when use cases collide on the same rows: a transaction waits its turn for a lock held for
 * seconds, and one chosen to break a deadlock ends in the domain's conflict, which a client may retry, not in a
 * database error.
 */
abstract class ContentionContract extends PortContract {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void of_two_transactions_locking_two_rows_in_opposite_order_one_commits_and_the_other_is_told_to_retry()
            throws Exception {
        Company first = given().company();
        Company second = given().company();
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch secondLocked = new CountDownLatch(1);

        FutureTask<Object> one = started(() -> lockBoth(first, firstLocked, secondLocked, second));
        FutureTask<Object> other = started(() -> lockBoth(second, secondLocked, firstLocked, first));

        List<Object> outcomes = List.of(outcome(one), outcome(other));
        assertThat(outcomes).filteredOn(String.class::isInstance).containsExactly("committed");
        assertThat(outcomes).filteredOn(DomainException.class::isInstance)
                .singleElement()
                .satisfies(refusal -> assertThat(((DomainException) refusal).code()).isEqualTo("concurrent_change.retry"));
    }

    @Test
    void a_transaction_waits_for_a_lock_held_for_seconds_rather_than_failing() throws Exception {
        Company company = given().company();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FutureTask<Object> holder = started(() -> inTransaction(() -> {
            ports().companies().update(company.deactivate(Fixtures.T0));
            locked.countDown();
            await(release);
            return "held";
        }));
        assertThat(locked.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        List<Thread> waiting = new ArrayList<>();
        FutureTask<Object> waiter = started(() -> inTransaction(() -> {
            waiting.add(Thread.currentThread());
            return ports().companies().update(company.withDetails(company.details(), Fixtures.T0.plusSeconds(1)));
        }));

        long since = System.nanoTime();
        while (System.nanoTime() - since < Duration.ofSeconds(3).toNanos()) {
            assertThat(waiter.isDone()).as("the waiting transaction gave up after %d ms: %s",
                    (System.nanoTime() - since) / 1_000_000, waiter.isDone() ? outcome(waiter) : "").isFalse();
            Thread.onSpinWait();
        }
        release.countDown();

        assertThat(outcome(holder)).isEqualTo("held");
        assertThat(outcome(waiter)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo("company.stale_version"));
    }

    private String lockBoth(Company mine, CountDownLatch mineLocked, CountDownLatch theirsLocked, Company theirs) {
        return inTransaction(() -> {
            ports().companies().update(mine.deactivate(Fixtures.T0));
            mineLocked.countDown();
            await(theirsLocked);
            ports().companies().update(theirs.withDetails(theirs.details(), Fixtures.T0.plusSeconds(1)));
            return "committed";
        });
    }

    private static FutureTask<Object> started(Callable<Object> work) {
        FutureTask<Object> task = new FutureTask<>(work);
        new Thread(task, "contender").start();
        return task;
    }

    /** What the task returned, or the exception it threw. */
    private static Object outcome(FutureTask<Object> task) throws Exception {
        try {
            return task.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
