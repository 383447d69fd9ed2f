package org.b2b.customers.application.mail;

/** What one round of delivery did: how many messages it claimed, and what became of them. */
public record DeliveryRound(int claimed, int sent, int retried, int failed, int dropped, int released) {

    public static final DeliveryRound NOTHING_DUE = new DeliveryRound(0, 0, 0, 0, 0, 0);

    public DeliveryRound {
        if (claimed != sent + retried + failed + dropped + released) {
            throw new IllegalArgumentException("every claimed message has exactly one outcome");
        }
    }
}
