package org.b2b.customers.persistence;

import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Prefix search as one {@code LIKE 'text%'} on an indexed column, the text's own {@code %} and {@code _} escaped:
 * both databases turn that into an index range. The pattern is written into the statement as a literal, not bound:
 * H2 plans a prepared statement before it sees the values, and a bound pattern in a branch of a union leaves it
 * reading the whole index.
 */
final class Prefix {

    private static final char ESCAPE = '!';

    private Prefix() {}

    static Condition of(Field<String> column, String prefix) {
        return column.like(DSL.inline(DSL.escape(prefix, ESCAPE) + "%"), ESCAPE);
    }

    /** The case-folded form that the *_key columns hold. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
