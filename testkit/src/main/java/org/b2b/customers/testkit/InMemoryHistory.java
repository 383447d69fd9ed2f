package org.b2b.customers.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.user.User;

/** The history in memory. */
public final class InMemoryHistory implements History {

    private final InMemoryTable<HistoryEntryId, HistoryEntry> table;
    private final InMemoryUsers users;

    /** The users name the actors of a page, as a join would. */
    public InMemoryHistory(InMemoryStore store, InMemoryUsers users) {
        this.table = store.table("history");
        this.users = users;
    }

    @Override
    public void append(HistoryEntry entry) {
        table.put(entry.id(), entry);
    }

    @Override
    public void appendAll(List<HistoryEntry> entries) {
        entries.forEach(this::append);
    }

    @Override
    public Slice<WithActor> listWithActors(CompanyId companyId, Optional<String> action, Optional<Key> after,
            int limit) {
        return Slice.of(table.rows()
                .filter(e -> e.companyId().filter(companyId::equals).isPresent())
                .filter(e -> action.map(e.action()::equals).orElse(true))
                .filter(e -> after.map(k -> isAfter(e, k)).orElse(true))
                .sorted(Comparator.comparing(HistoryEntry::at).reversed()
                        .thenComparing(e -> e.id().toString(), Comparator.reverseOrder()))
                .limit(limit + 1L)
                .map(e -> new WithActor(e, users.find(e.actor()).map(User::name)))
                .toList(), limit);
    }

    /** Every entry, oldest first, company or not: for tests of changes that no company's history shows. */
    public List<HistoryEntry> all() {
        return table.rows().sorted(Comparator.comparing(HistoryEntry::at)).toList();
    }

    private static boolean isAfter(HistoryEntry entry, Key key) {
        int byTime = entry.at().compareTo(key.at());
        return byTime < 0 || byTime == 0 && entry.id().toString().compareTo(key.id().toString()) < 0;
    }
}
