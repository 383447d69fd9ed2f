package org.b2b.customers.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * The {@code limit} and {@code cursor} query parameters of lists, and the {@code {"items", "nextCursor"}} answer.
 * Commands name the page fields {@code page.limit} and {@code page.cursor}; requests name them {@code limit} and
 * {@code cursor}, so refusals are reported under the names the client sent.
 */
final class Paging {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");

    private Paging() {}

    /** The page a request asks for: {@code limit} (default 50) items after {@code cursor}. */
    static PageRequest pageOf(Context ctx) {
        String limit = ctx.queryParam("limit");
        if (limit != null && !WHOLE_NUMBER.matcher(limit.strip()).matches()) {
            throw InvalidInputException.of("limit", "invalid_number", "must be a whole number from 1 to 200");
        }
        return new PageRequest(limit == null ? PageRequest.DEFAULT_LIMIT : Integer.parseInt(limit.strip()),
                QueryParams.text(ctx, "cursor"));
    }

    /** Runs a list use case, and writes its page. */
    static <V, J> void respond(Context ctx, Supplier<Page<V>> list, Function<V, J> toJson) {
        Page<V> page;
        try {
            page = list.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(Paging::asRequested).toList());
        }
        ctx.json(new Items<>(page.items().stream().map(toJson).toList(), page.nextCursor().orElse(null)));
    }

    /** Writes a list that is never long enough to page (address books, customer groups, roles): one page. */
    static <V, J> void respondWhole(Context ctx, List<V> items, Function<V, J> toJson) {
        ctx.json(new Items<>(items.stream().map(toJson).toList(), null));
    }

    private static FieldError asRequested(FieldError error) {
        return error.field().startsWith("page.")
                ? new FieldError(error.field().substring("page.".length()), error.code(), error.message())
                : error;
    }

    /** A list answer: the items of this page and the cursor of the next, null on the last page. */
    record Items<T>(List<T> items, String nextCursor) {}
}
