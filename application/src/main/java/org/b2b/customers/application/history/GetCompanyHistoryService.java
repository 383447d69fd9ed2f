package org.b2b.customers.application.history;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.user.PersonName;

/** Reads a company's history, of every kind of change or of one, naming the people who made each change. */
final class GetCompanyHistoryService implements GetCompanyHistoryUseCase {

    private final UseCaseSupport support;
    private final History history;

    GetCompanyHistoryService(UseCaseSupport support, History history) {
        this.support = support;
        this.history = history;
    }

    @Override
    public Page<HistoryEntryView> history(Actor actor, CompanyHistoryQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(query.companyId(), Permission.HISTORY_VIEW);
            var errors = support.validation().errorsOf(query);
            Optional<History.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new History.Key(Instant.parse(parts.get(0)), HistoryEntryId.parse("cursor", parts.get(1)))));
            query.kind().filter(kind -> !CompanyHistoryQuery.KINDS.contains(kind))
                    .ifPresent(kind -> errors.add("kind", "unknown_kind", "is not a kind of change to a company"));
            errors.throwIfAny();
            Slice<History.WithActor> slice = history.listWithActors(company.id(), query.kind(), after,
                    query.page().limit());
            var items = slice.items().stream().map(named -> view(named.entry(), named.actorName())).toList();
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().entry().at(), slice.last().entry().id()))
                    : Optional.empty();
            return new Page<>(items, next);
        });
    }

    private static HistoryEntryView view(HistoryEntry entry, Optional<PersonName> actorName) {
        return new HistoryEntryView(entry.at(), entry.actor(), actorName.map(PersonName::fullName), entry.action(),
                entry.details());
    }
}
