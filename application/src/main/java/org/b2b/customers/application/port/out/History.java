package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.user.PersonName;

/** The kept record of every change. */
public interface History {

    void append(HistoryEntry entry);

    /** Appends several entries at once, as a bulk invitation writes its steps. */
    void appendAll(List<HistoryEntry> entries);

    /**
     * A company's entries of one action (every action when absent), newest first, each with the name of its actor
     * while that user exists, read at once: a page of history names who made each change.
     */
    Slice<WithActor> listWithActors(CompanyId companyId, Optional<String> action, Optional<Key> after, int limit);

    /** An entry's place in the newest-first order, for keyset paging. */
    record Key(Instant at, HistoryEntryId id) {}

    /** An entry and the name of who made it; none when that user no longer exists. */
    record WithActor(HistoryEntry entry, Optional<PersonName> actorName) {}
}
