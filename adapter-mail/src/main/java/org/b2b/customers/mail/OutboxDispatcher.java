package org.b2b.customers.mail;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.application.port.in.mail.DeliverMailUseCase;
import org.b2b.customers.application.port.in.mail.DeliveryRound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread that works off the outbox: it runs the application's delivery rounds one after the other while there
 * are full batches to deliver, and looks again after a pause when there were not. Closing it lets the mail in hand
 * finish, gives the rest of the round's claim back, and waits for the thread to end. Several dispatchers, in one
 * server or in several on one database, share the work without sending a mail twice.
 */
public final class OutboxDispatcher implements AutoCloseable {

    public static final int DEFAULT_BATCH_SIZE = 50;
    public static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final DeliverMailUseCase delivery;
    private final int batchSize;
    private final Duration pause;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Thread thread;

    private OutboxDispatcher(DeliverMailUseCase delivery, int batchSize, Duration pause) {
        if (batchSize < 1 || pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("a dispatcher delivers at least one mail per round and pauses between rounds");
        }
        this.delivery = delivery;
        this.batchSize = batchSize;
        this.pause = pause;
        this.thread = new Thread(this::run, "outbox-dispatcher");
    }

    /** A dispatcher with batches of {@value #DEFAULT_BATCH_SIZE} that looks for due mail every second, started. */
    public static OutboxDispatcher start(DeliverMailUseCase delivery) {
        return start(delivery, DEFAULT_BATCH_SIZE, DEFAULT_PAUSE);
    }

    /** A dispatcher with the given batch size and pause between rounds that found less than a full batch, started. */
    public static OutboxDispatcher start(DeliverMailUseCase delivery, int batchSize, Duration pause) {
        OutboxDispatcher dispatcher = new OutboxDispatcher(delivery, batchSize, pause);
        dispatcher.thread.start();
        return dispatcher;
    }

    private void run() {
        while (!isStopping()) {
            boolean fullBatch = false;
            try {
                DeliveryRound round = delivery.deliverDue(batchSize, () -> !isStopping());
                report(round);
                fullBatch = round.claimed() == batchSize;
            } catch (RuntimeException e) {
                // The database is away, most likely; the claimed mail comes back when the round's lease runs out.
                LOG.warn("a mail delivery round failed; trying again in {}", pause, e);
            }
            if (!fullBatch) {
                awaitStop(pause);
            }
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

    /** Stops after the mail in hand and waits for that; the mail not yet tried is due again at once for others. */
    @Override
    public void close() {
        stopping.countDown();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
