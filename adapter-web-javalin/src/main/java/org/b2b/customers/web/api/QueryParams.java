package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Query parameters as commands take them: raw text, an empty parameter the same as a missing one. */
final class QueryParams {

    private QueryParams() {}

    static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isEmpty());
    }

    /** {@code true} or {@code false}; absent is false. */
    static boolean flag(Context ctx, String name) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty() || value.get().equals("false")) {
            return false;
        }
        if (value.get().equals("true")) {
            return true;
        }
        throw InvalidInputException.of(name, "invalid_boolean", "must be true or false");
    }
}
