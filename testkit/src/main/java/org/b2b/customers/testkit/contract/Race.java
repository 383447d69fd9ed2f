package org.b2b.customers.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs contenders on their own threads, released at one moment, and collects what each returned or threw. */
final class Race {

    private Race() {}

    static List<Object> run(List<Callable<?>> contenders) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(contenders.size());
        try {
            CountDownLatch ready = new CountDownLatch(contenders.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> contender : contenders) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return contender.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
