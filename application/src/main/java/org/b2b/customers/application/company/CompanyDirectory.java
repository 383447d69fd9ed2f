package org.b2b.customers.application.company;

import java.util.List;
import java.util.Optional;

/**
 * One page of the company directory, the cursors of the pages beside it ({@code previousCursor} is empty on the
 * first page) and how many companies match: exactly, up to {@link #MATCHES_CAP}; beyond it {@code matches} is the
 * cap and {@code matchesCapped} is true.
 */
public record CompanyDirectory(
        List<CompanyRow> rows,
        Optional<String> nextCursor,
        Optional<String> previousCursor,
        long matches,
        boolean matchesCapped) {

    /** How far matches are counted: a person reads "more than 10,000" rather than an exact large number. */
    public static final int MATCHES_CAP = 10_000;

    public CompanyDirectory {
        rows = List.copyOf(rows);
    }
}
