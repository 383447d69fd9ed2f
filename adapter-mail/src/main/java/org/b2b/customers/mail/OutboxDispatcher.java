package org.b2b.customers.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.b2b.customers.application.mail.DeliverMailUseCase;
import org.b2b.customers.application.mail.DeliveryRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that work off the outbox: each runs the application's delivery rounds one after the other while
 * there are full batches to deliver, and looks again after a pause when there were not. Each round has its own
 * SMTP connection, so several threads keep several mails on their way at once. Closing the dispatcher lets each
 * thread finish the mail in hand, gives the rest of its round's claim back, and waits for the threads to end.
 * Threads of one dispatcher, and dispatchers of several servers on one database, share the work without sending a
 * mail twice.
 */
public final class OutboxDispatcher implements AutoCloseable {

    public static final int DEFAULT_THREADS = 4;
    public static final int DEFAULT_BATCH_SIZE = 100;
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final DeliverMailUseCase delivery;
    private final int batchSize;
    private final Duration pause;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final List<Thread> threads;

    private OutboxDispatcher(DeliverMailUseCase delivery, int threads, int batchSize, Duration pause) {
        if (threads < 1 || batchSize < 1 || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("a dispatcher has at least one thread, delivers at least one mail per"
                    + " round and pauses between rounds");
        }
        this.delivery = delivery;
        this.batchSize = batchSize;
        this.pause = pause;
        this.threads = IntStream.rangeClosed(1, threads)
                .mapToObj(n -> new Thread(this::run, "outbox-dispatcher-" + n)).toList();
    }

    /**
     * A dispatcher of {@value #DEFAULT_THREADS} threads with batches of {@value #DEFAULT_BATCH_SIZE} that look for due
     * mail every second, started.
     */
    public static OutboxDispatcher start(DeliverMailUseCase delivery) {
        return start(delivery, DEFAULT_THREADS, DEFAULT_BATCH_SIZE, DEFAULT_PAUSE);
    }

    /** A dispatcher of that many threads, with that batch size and pause after a round short of a batch, started. */
    public static OutboxDispatcher start(DeliverMailUseCase delivery, int threads, int batchSize, Duration pause) {
        OutboxDispatcher dispatcher = new OutboxDispatcher(delivery, threads, batchSize, pause);
        dispatcher.threads.forEach(Thread::start);
        return dispatcher;
    }

    private void run() {
        boolean lastFull = false;
        while (!isStopping()) {
            boolean full = false;
            try {
                DeliveryRound round = delivery.deliverDue(batchSize, () -> !isStopping());
                report(round);
                full = round.claimed() == batchSize;
            } catch (RuntimeException e) {
                // The database is away, most likely; the claimed mail comes back when the round's lease runs out.
                LOG.warn("a mail delivery round failed; trying again in {}", pause, e);
            }
            // Right after a full batch, a short round may only mean that other threads' claims hid the rest of the
            // mail for a moment: look again at once, and pause only when that finds no full batch either.
            if (!full && !lastFull) {
                awaitStop(pause);
            }
            lastFull = full;
        }
    }

    private static void report(DeliveryRound round) {
        if (round.retried() > 0 || round.failed() > 0) {
            LOG.warn("mail: {} sent, {} to be tried again, {} failed for good, {} with nothing to send",
                    round.sent(), round.retried(), round.failed(), round.dropped());
        } else if (round.claimed() > 0) {
            LOG.debug("mail: {} sent, {} with nothing to send, {} given back", round.sent(), round.dropped(),
                    round.released());
        }
    }

    private boolean isStopping() {
        return stopping.getCount() == 0;
    }

    private void awaitStop(Duration timeout) {
        try {
            stopping.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }

    /** Stops after the mails in hand and waits for them; the mail not yet tried is due again at once for others. */
    @Override
    public void close() {
        stopping.countDown();
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
