package org.b2b.customers.application.port.out;

import static java.util.Objects.requireNonNull;

/** An outbox message a dispatcher claimed, with the number of the attempt that this claim is (1 for the first). */
public record ClaimedMessage(OutboundMessage message, int attempt) {

    public ClaimedMessage {
        requireNonNull(message);
        if (attempt < 1) {
            throw new IllegalArgumentException("a claimed message is on its first attempt or a later one");
        }
    }
}
