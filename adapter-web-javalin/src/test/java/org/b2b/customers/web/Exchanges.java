package org.b2b.customers.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Every exchange of one or more {@link ApiClient}s, in the order the replies came, so that they can all be checked
 * against the OpenAPI document at the end ({@link OpenApiConformance}). Clients on several threads may share one.
 */
public final class Exchanges {

    private final List<Exchange> recorded = new ArrayList<>();

    synchronized void record(Exchange exchange) {
        recorded.add(exchange);
    }

    public synchronized List<Exchange> all() {
        return List.copyOf(recorded);
    }
}
