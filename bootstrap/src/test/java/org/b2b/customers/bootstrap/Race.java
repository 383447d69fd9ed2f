package org.b2b.customers.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs contenders on threads of their own, released at one moment, and answers what each returned, in order. */
final class Race {

    private Race() {}

    @SafeVarargs
    static <T> List<T> run(Callable<T>... contenders) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(contenders.length);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> contender : contenders) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return contender.call();
                }));
            }
            go.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
