package org.b2b.customers.web;

import io.javalin.http.Context;
import org.b2b.customers.domain.shared.FieldErrors;
import org.b2b.customers.domain.shared.StorableText;

/**
 * Every request's query parameters, held to the rule every text keeps ({@link StorableText}) before any route runs:
 * a parameter holding a NUL is invalid input naming it, whichever route it is sent to and whether that route reads
 * it. Query texts reach the stores without becoming domain values (search texts, filters, cursors), and PostgreSQL
 * refuses a NUL in a text parameter. Path parameters need no such check: Jetty refuses a path with an encoded NUL.
 */
final class QueryStrings {

    private QueryStrings() {}

    static void check(Context ctx) {
        FieldErrors errors = new FieldErrors();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.stream().allMatch(StorableText::isStorable)) {
                errors.add(name, StorableText.CODE, StorableText.MESSAGE);
            }
        });
        errors.throwIfAny();
    }
}
