package org.b2b.customers.persistence;

import org.jooq.Field;
import org.jooq.Record;

/** One row of a result, its values read by the columns that name them: a jOOQ record, or a plain JDBC result. */
@FunctionalInterface
interface Row {

    <T> T get(Field<T> column);

    /** The values of a record that jOOQ fetched. */
    static Row of(Record record) {
        return record::get;
    }
}
