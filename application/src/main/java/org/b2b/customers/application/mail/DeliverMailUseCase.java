package org.b2b.customers.application.mail;

import java.util.function.BooleanSupplier;

/**
 * For the mail dispatcher: one round of delivering the outbox. It claims the messages that are due, prepares and
 * sends them one by one in one batch, and records each outcome: sent; a transient failure retried later with a
 * growing, jittered delay, unless the next attempt would come after the invitation expires; a permanent failure
 * marked failed and shown on the invitation as "delivery failed: …", so that staff see it and can re-send. Messages
 * with nothing left to send (the invitation was accepted, revoked or re-sent since) are dropped. No user acts here.
 */
public interface DeliverMailUseCase {

    /**
     * Delivers up to {@code limit} due messages. {@code carryOn} is asked before each message: when it says no, the
     * round stops after the message in hand and gives the rest of its claim back at once.
     */
    DeliveryRound deliverDue(int limit, BooleanSupplier carryOn);
}
