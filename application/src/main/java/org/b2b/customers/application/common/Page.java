package org.b2b.customers.application.common;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** One page of a list and the cursor of the next page, absent on the last. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
        requireNonNull(nextCursor);
    }
}
