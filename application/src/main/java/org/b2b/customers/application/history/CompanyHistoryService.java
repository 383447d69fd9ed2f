package org.b2b.customers.application.history;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.GetCompanyHistoryUseCase;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.application.port.out.History;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.history.HistoryEntryId;
import org.b2b.customers.domain.user.UserId;

/** Reads a company's history, naming the people who made each change. */
final class CompanyHistoryService implements GetCompanyHistoryUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final History history;
    private final Users users;

    CompanyHistoryService(Transactions transactions, AccessControl access, CommandValidation validation,
            History history, Users users) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.history = history;
        this.users = users;
    }

    @Override
    public Page<HistoryEntryView> history(Actor actor, CompanyHistoryQuery query) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(query.companyId(), Permission.HISTORY_VIEW);
            var errors = validation.errorsOf(query);
            Optional<History.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new History.Key(Instant.parse(parts.get(0)), HistoryEntryId.parse("cursor", parts.get(1)))));
            errors.throwIfAny();
            Slice<HistoryEntry> slice = history.listByCompany(company.id(), after, query.page().limit());
            // A page has a handful of distinct actors: look each up once, not once per entry.
            Map<UserId, Optional<String>> names = new HashMap<>();
            var items = slice.items().stream().map(e -> new HistoryEntryView(e.at(), e.actor(),
                    names.computeIfAbsent(e.actor(), id -> users.find(id).map(u -> u.name().fullName())),
                    e.action(), e.details())).toList();
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().at(), slice.last().id()))
                    : Optional.empty();
            return new Page<>(items, next);
        });
    }
}
