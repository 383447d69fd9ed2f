package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox as the dispatchers work it off, safe with several dispatchers on one store. A dispatcher claims due
 * messages for a while (a lease), so that no other takes them meanwhile and a crashed one's messages come back
 * when its lease runs out; it then records each message's outcome under its claim. Every method runs in the
 * caller's transaction. A marking answers false, and changes nothing, when the claim was lost: its lease ran out
 * and another dispatcher claimed the message.
 */
public interface OutboxQueue {

    /**
     * Claims up to {@code limit} pending messages due at {@code now} and not claimed by anyone else until then,
     * those due longest first, for {@code claim} until {@code leaseUntil}; each claim counts as an attempt.
     */
    List<ClaimedMessage> claim(UUID claim, int limit, Instant now, Instant leaseUntil);

    /** The message was delivered; it is never claimed again. */
    boolean markSent(UUID messageId, UUID claim, Instant sentAt);

    /** The delivery failed for now; the message is due again at {@code nextAttemptAt}, and the error is kept. */
    boolean scheduleRetry(UUID messageId, UUID claim, Instant nextAttemptAt, String error);

    /** The delivery failed for good; the message is never claimed again, and the error is kept. */
    boolean markFailed(UUID messageId, UUID claim, String error);

    /** There was nothing left to send, for the given reason; the message is never claimed again. */
    boolean markDropped(UUID messageId, UUID claim, String reason);

    /** Gives a claimed message back untried: it is due again at once, and this claim does not count as an attempt. */
    boolean release(UUID messageId, UUID claim);
}
