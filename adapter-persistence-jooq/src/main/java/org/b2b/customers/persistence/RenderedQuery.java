package org.b2b.customers.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A read that almost every use case makes, built and rendered by jOOQ once instead of on every call, sent as a plain
 * prepared statement on the transaction's connection, its columns read by their Java types. On H2 a primary-key
 * read takes the database a few microseconds, while building, rendering (even of a plain SQL template), executing
 * through jOOQ's execute context and reading rows through its bindings took several times that; jOOQ's manual
 * advises caching the SQL of such statements. Unlike other statements, these are not seen by jOOQ's execute
 * listeners.
 */
final class RenderedQuery<R extends Record> {

    private final String sql;
    private final Field<?>[] columns;
    private final Function<DSLContext, R> newRecord;

    private RenderedQuery(String sql, Field<?>[] columns, Function<DSLContext, R> newRecord) {
        this.sql = sql;
        this.columns = columns;
        this.newRecord = newRecord;
    }

    /** A query of whole rows of the table, whose placeholders are bound in order on each run. */
    static <R extends Record> RenderedQuery<R> of(JooqTransactions transactions, Table<R> table, Select<R> query) {
        return new RenderedQuery<>(transactions.render(query), table.fields(), dsl -> dsl.newRecord(table));
    }

    /** A query of some columns, whose placeholders are bound in order on each run. */
    static RenderedQuery<Record> of(JooqTransactions transactions, Select<?> query) {
        Field<?>[] columns = query.getSelect().toArray(Field<?>[]::new);
        return new RenderedQuery<>(transactions.render(query), columns, dsl -> dsl.newRecord(columns));
    }

    /** A placeholder for a value of the column. */
    static <T> Param<T> placeholder(Field<T> column) {
        return DSL.param(column.getName(), column);
    }

    /** The rows for these values, in the transaction of {@code dsl}. */
    List<R> fetch(DSLContext dsl, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<R> records = new ArrayList<>();
                    while (rows.next()) {
                        records.add(record(dsl, rows));
                    }
                    return records;
                }
            }
        });
    }

    /** The row for these values, when there is one: a read by a key. */
    Optional<R> fetchOne(DSLContext dsl, Object... values) {
        return fetch(dsl, values).stream().findFirst();
    }

    private R record(DSLContext dsl, ResultSet rows) throws SQLException {
        R record = newRecord.apply(dsl);
        for (int i = 0; i < columns.length; i++) {
            set(record, columns[i], rows, i + 1);
        }
        record.changed(false);
        return record;
    }

    private static <T> void set(Record record, Field<T> column, ResultSet rows, int index) throws SQLException {
        record.set(column, column.getType().cast(value(rows, index, column.getType())));
    }

    /** Both drivers read a {@code timestamp with time zone} as an OffsetDateTime; jOOQ's types hold Instants. */
    private static Object value(ResultSet rows, int index, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            OffsetDateTime at = rows.getObject(index, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
        return rows.getObject(index, type);
    }
}
