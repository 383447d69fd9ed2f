package org.b2b.customers.application.port.out;

/** Where use cases leave mail to be sent; written in the use case's transaction, so a rollback sends nothing. */
public interface Outbox {

    void append(OutboundMessage message);
}
