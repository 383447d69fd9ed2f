package org.b2b.customers.web.backoffice;

import java.util.List;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.web.page.FormError;

/**
 * A company's history as shown: the kind of change asked for in the address (empty: every kind), one page of
 * entries, the links to other pages, and what is wrong with the address, if anything.
 */
public record HistoryList(String kind, List<HistoryEntryView> entries, CursorPages pages, List<FormError> errors) {

    public HistoryList {
        entries = List.copyOf(entries);
        errors = List.copyOf(errors);
    }

    public List<String> kinds() {
        return CompanyHistoryQuery.KINDS;
    }

    /** Whether a kind narrows the history, so that an empty one is "nothing of that kind", not "nothing yet". */
    public boolean filtered() {
        return !kind.isEmpty();
    }
}
