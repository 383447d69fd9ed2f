package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;

/** The kept record of every change. */
public interface History {

    void append(HistoryEntry entry);

    /** Appends several entries at once, as a bulk invitation writes its steps. */
    void appendAll(List<HistoryEntry> entries);

    /** A company's entries, newest first. */
    default Slice<HistoryEntry> listByCompany(CompanyId companyId, Optional<Key> after, int limit) {
        return listByCompany(companyId, Optional.empty(), after, limit);
    }

    /** A company's entries of one action (every action when absent), newest first. */
    Slice<HistoryEntry> listByCompany(CompanyId companyId, Optional<String> action, Optional<Key> after, int limit);

    /** An entry's place in the newest-first order, for keyset paging. */
    record Key(Instant at, HistoryEntryId id) {}
}
