package org.b2b.customers.persistence;

import java.util.Collection;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Many keys to look up at once (a chunk of a bulk invitation's emails), sent as one array and joined as a table:
 * {@code unnest(?) as keys (key) join t on t.column = keys.key}. An IN list of hundreds of values, or
 * {@code column = any(?)}, lets PostgreSQL keep a plan that compares every row with every key: the plan it makes for
 * a prepared statement that has run a few times is kept for the connection's life, and one made while the table was
 * small scanned 50,000 invitations with 500 keys each in half a second, every chunk. Joined, the keys are looked up
 * in the index or, at worst, hashed once and each row probed.
 */
final class Keys {

    private static final String TABLE = "keys";
    private static final String COLUMN = "key";

    /** The column of a table of keys, to join on. */
    static final Field<String> KEY = DSL.field(DSL.name(TABLE, COLUMN), String.class);

    private Keys() {}

    /** The values as a table of one column, {@link #KEY}, to join on the column whose keys they are. */
    static Table<?> of(Field<String> column, Collection<String> values) {
        return DSL.unnest(DSL.val(values.toArray(String[]::new), column.getDataType().getArrayDataType()))
                .as(TABLE, COLUMN);
    }
}
