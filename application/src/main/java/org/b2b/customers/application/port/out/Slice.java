package org.b2b.customers.application.port.out;

import java.util.List;

/**
 * Up to {@code limit} rows of a keyset query, and whether more follow: stores fetch one row more than asked to
 * learn that without counting.
 */
public record Slice<T>(List<T> items, boolean hasMore) {

    public Slice {
        items = List.copyOf(items);
    }

    /** Cuts a result fetched with {@code limit + 1} rows down to a slice. */
    public static <T> Slice<T> of(List<T> rows, int limit) {
        return rows.size() > limit ? new Slice<>(rows.subList(0, limit), true) : new Slice<>(rows, false);
    }

    public T last() {
        return items.get(items.size() - 1);
    }
}
