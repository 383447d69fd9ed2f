package org.b2b.customers.application.port.out;

import java.util.List;

/** Where use cases leave mail to be sent; written in the use case's transaction, so a rollback sends nothing. */
public interface Outbox {

    void append(OutboundMessage message);

    /** Appends several messages at once, as a bulk invitation writes its mails. */
    void appendAll(List<OutboundMessage> messages);
}
