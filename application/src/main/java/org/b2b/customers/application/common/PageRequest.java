package org.b2b.customers.application.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** Which page of a list: at most {@code limit} items after the opaque {@code cursor} of the previous page. */
public record PageRequest(
        @Min(value = 1, message = "must be at least 1") @Max(value = MAX_LIMIT, message = "must be at most 200") int limit,
        Optional<@Size(max = 512, message = "is not a cursor of this list") String> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        cursor = cursor == null ? Optional.empty() : cursor;
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, Optional.empty());
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public PageRequest after(String nextCursor) {
        return new PageRequest(limit, Optional.of(nextCursor));
    }
}
