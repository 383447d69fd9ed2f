package org.b2b.customers.testkit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.b2b.customers.application.port.out.ClaimedMessage;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Outbox;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.b2b.customers.domain.user.EmailAddress;

/**
 * The outbox in memory: what would have been mailed, readable by tests once its transaction committed, and the
 * queue a dispatcher works off. Claims are exclusive because the store runs one transaction at a time.
 */
public final class InMemoryOutbox implements Outbox, OutboxQueue {

    /** Where a message stands in the queue. */
    public enum Status { PENDING, SENT, FAILED, DROPPED }

    /** A message with its place in the queue. */
    public record Entry(OutboundMessage message, Status status, int attempts, Instant nextAttemptAt,
            Optional<UUID> claim, Optional<Instant> claimedUntil, Optional<String> lastError) {

        private boolean isDue(Instant now) {
            return status == Status.PENDING && !nextAttemptAt.isAfter(now)
                    && claimedUntil.map(until -> !until.isAfter(now)).orElse(true);
        }

        private Entry claimed(UUID by, Instant until) {
            return new Entry(message, status, attempts + 1, nextAttemptAt, Optional.of(by), Optional.of(until), lastError);
        }

        private Entry unclaimed(Status newStatus, int newAttempts, Instant next, Optional<String> error) {
            return new Entry(message, newStatus, newAttempts, next, Optional.empty(), Optional.empty(), error);
        }
    }

    private final InMemoryStore store;
    private final InMemoryTable<UUID, Entry> table;

    public InMemoryOutbox(InMemoryStore store) {
        this.store = store;
        this.table = store.table("outbox");
    }

    @Override
    public void append(OutboundMessage message) {
        table.put(message.id(), new Entry(message, Status.PENDING, 0, message.createdAt(), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    @Override
    public void appendAll(List<OutboundMessage> messages) {
        messages.forEach(this::append);
    }

    @Override
    public List<ClaimedMessage> claim(UUID claim, int limit, Instant now, Instant leaseUntil) {
        return table.rows().filter(entry -> entry.isDue(now))
                .sorted(Comparator.comparing(Entry::nextAttemptAt))
                .limit(limit)
                .map(entry -> {
                    Entry claimed = entry.claimed(claim, leaseUntil);
                    table.put(entry.message().id(), claimed);
                    return new ClaimedMessage(claimed.message(), claimed.attempts());
                })
                .toList();
    }

    @Override
    public boolean markSent(UUID messageId, UUID claim, Instant sentAt) {
        return finish(messageId, claim, e -> e.unclaimed(Status.SENT, e.attempts(), e.nextAttemptAt(), e.lastError()));
    }

    @Override
    public boolean scheduleRetry(UUID messageId, UUID claim, Instant nextAttemptAt, String error) {
        return finish(messageId, claim, e -> e.unclaimed(Status.PENDING, e.attempts(), nextAttemptAt, Optional.of(error)));
    }

    @Override
    public boolean markFailed(UUID messageId, UUID claim, String error) {
        return finish(messageId, claim, e -> e.unclaimed(Status.FAILED, e.attempts(), e.nextAttemptAt(), Optional.of(error)));
    }

    @Override
    public boolean markDropped(UUID messageId, UUID claim, String reason) {
        return finish(messageId, claim, e -> e.unclaimed(Status.DROPPED, e.attempts(), e.nextAttemptAt(), Optional.of(reason)));
    }

    @Override
    public boolean release(UUID messageId, UUID claim) {
        return finish(messageId, claim, e -> e.unclaimed(Status.PENDING, e.attempts() - 1, e.nextAttemptAt(), e.lastError()));
    }

    private boolean finish(UUID messageId, UUID claim, UnaryOperator<Entry> change) {
        Optional<Entry> entry = table.get(messageId).filter(e -> e.claim().equals(Optional.of(claim)));
        entry.ifPresent(e -> table.put(messageId, change.apply(e)));
        return entry.isPresent();
    }

    /** Every message written so far, oldest first. */
    public List<OutboundMessage> messages() {
        return entries().stream().map(Entry::message).toList();
    }

    /** The messages to one recipient, oldest first. */
    public List<OutboundMessage> messagesTo(EmailAddress recipient) {
        return messages().stream().filter(m -> m.recipient().equals(recipient)).toList();
    }

    /** Every message with where it stands in the queue, oldest first. */
    public List<Entry> entries() {
        return store.inTransaction(() -> table.rows().toList());
    }
}
