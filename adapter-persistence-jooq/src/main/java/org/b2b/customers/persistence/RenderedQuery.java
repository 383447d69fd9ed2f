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
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A read that almost every use case makes, built and rendered by jOOQ once instead of on every call, sent as a plain
 * prepared statement on the transaction's connection, its rows handed to the caller's mapping as they come, each
 * column read by its Java type. On H2 a primary-key read takes the database a few microseconds, while building,
 * rendering (even of a plain SQL template), executing through jOOQ's execute context and copying rows into jOOQ
 * records took several times that; jOOQ's manual advises caching the SQL of such statements. On PostgreSQL too: with
 * these reads through jOOQ's own fetch and record mapping instead, P1's use case ran at 0.54 of its throughput here
 * (median of 14 alternating rounds on a shared machine, 0.32 to 0.91). Unlike other statements, these are not seen
 * by jOOQ's execute listeners.
 */
final class RenderedQuery {

    /** Reads a whole result, moving from row to row itself: for rows that make one object together. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Rows rows) throws SQLException;
    }

    /** A result positioned before its first row, and {@link Row} of the current one. */
    interface Rows extends Row {
        boolean next() throws SQLException;
    }

    private final JooqTransactions transactions;
    private final String sql;
    private final Field<?>[] columns;

    private RenderedQuery(JooqTransactions transactions, String sql, Field<?>[] columns) {
        this.transactions = transactions;
        this.sql = sql;
        this.columns = columns;
    }

    /** A query of whole rows of the table, whose placeholders are bound in order on each run. */
    static RenderedQuery of(JooqTransactions transactions, Table<?> table, Select<?> query) {
        return new RenderedQuery(transactions, transactions.render(query), table.fields());
    }

    /** A query of the columns it selects, whose placeholders are bound in order on each run. */
    static RenderedQuery of(JooqTransactions transactions, Select<?> query) {
        return new RenderedQuery(transactions, transactions.render(query), query.getSelect().toArray(Field<?>[]::new));
    }

    /** A placeholder for a value of the column. */
    static <T> Param<T> placeholder(Field<T> column) {
        return DSL.param(column.getName(), column);
    }

    /** Each row for these values, mapped, in the running transaction. */
    <T> List<T> fetch(Function<Row, T> mapping, Object... values) {
        return read(rows -> {
            List<T> mapped = new ArrayList<>();
            while (rows.next()) {
                mapped.add(mapping.apply(rows));
            }
            return mapped;
        }, values);
    }

    /** The row for these values, mapped, when there is one: a read by a key. */
    <T> Optional<T> fetchOne(Function<Row, T> mapping, Object... values) {
        return read(rows -> rows.next() ? Optional.of(mapping.apply(rows)) : Optional.empty(), values);
    }

    /** The whole result for these values, read by the reader, in the running transaction. */
    <T> T read(Reader<T> reader, Object... values) {
        try (PreparedStatement statement = transactions.connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return reader.read(new ResultRows(result));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The rows of a JDBC result, each column found by the field that selected it. */
    private final class ResultRows implements Rows {

        private final ResultSet result;
        /** The position of the column read last. */
        private int last;

        ResultRows(ResultSet result) {
            this.result = result;
        }

        @Override
        public boolean next() throws SQLException {
            return result.next();
        }

        @Override
        public <T> T get(Field<T> column) {
            try {
                last = position(column, last);
                return column.getType().cast(value(last, column.getType()));
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        /** Both drivers read a {@code timestamp with time zone} as an OffsetDateTime; jOOQ's types hold Instants. */
        private Object value(int position, Class<?> type) throws SQLException {
            if (type == Instant.class) {
                OffsetDateTime at = result.getObject(position, OffsetDateTime.class);
                return at == null ? null : at.toInstant();
            }
            return result.getObject(position, type);
        }
    }

    /** A driver's failure as jOOQ reports its own, naming the statement. */
    private DataAccessException failure(SQLException e) {
        return new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
    }

    /**
     * The JDBC position of a selected column. Mappings mostly read columns in the order they are selected, so the
     * search starts after the column read last: usually one identity comparison, and less than any map lookup.
     */
    private int position(Field<?> column, int after) {
        for (int i = 0; i < columns.length; i++) {
            int candidate = (after + i) % columns.length;
            if (columns[candidate] == column) {
                return candidate + 1;
            }
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(column)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(column + " is not selected by " + sql);
    }
}
