package org.b2b.customers.application.company;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Companies.DirectoryEntry;
import org.b2b.customers.application.port.out.Companies.DirectoryFilter;
import org.b2b.customers.application.port.out.Companies.DirectoryKey;
import org.b2b.customers.application.port.out.Companies.DirectoryOrder;
import org.b2b.customers.application.port.out.Companies.DirectorySearch;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.CountryCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.StorableText;
import org.b2b.customers.domain.user.UserId;

/**
 * Reads a directory page and its count in one transaction. A cursor names its sort, so a cursor of another sort is
 * refused rather than read as a position it is not, and its direction: the previous page's cursor reads backward
 * from the page's first row.
 */
final class BrowseCompaniesService implements BrowseCompaniesUseCase {

    private static final String FORWARD = "next";
    private static final String BACKWARD = "previous";

    private final UseCaseSupport support;
    private final Companies companies;

    BrowseCompaniesService(UseCaseSupport support, Companies companies) {
        this.support = support;
        this.companies = companies;
    }

    @Override
    public CompanyDirectory browse(Actor actor, BrowseCompaniesQuery query) {
        return support.readingAsCaller(actor, caller -> {
            caller.requireSomewhere(Permission.COMPANY_VIEW);
            var errors = support.validation().errorsOf(query);
            Optional<CustomerGroupId> group = query.customerGroupId().filter(s -> !s.isBlank())
                    .map(g -> errors.check(() -> CustomerGroupId.parse("customerGroupId", g)));
            Optional<UserId> representative = query.salesRepresentativeId().filter(s -> !s.isBlank())
                    .map(r -> errors.check(() -> UserId.parse("salesRepresentativeId", r)));
            Optional<CompanyStatus> status = query.status().filter(s -> !s.isBlank())
                    .map(s -> errors.check(() -> CompanyStatus.parse("status", s)));
            Optional<CountryCode> country = query.country().filter(s -> !s.isBlank())
                    .map(c -> errors.check(() -> CountryCode.parse("country", c)));
            Optional<String> text = query.q().map(q -> errors.check(() -> StorableText.require("q", q.strip())))
                    .filter(q -> !q.isEmpty());
            String sort = query.sort().filter(s -> !s.isBlank()).orElse("name");
            errors.throwIfAny();
            boolean descending = sort.startsWith("-");
            DirectoryOrder order = DirectoryOrder.valueOf(sort.substring(descending ? 1 : 0).toUpperCase(Locale.ROOT));
            Optional<Position> from = Cursors.decode(query.page().cursor(), 4, parts -> position(parts.get(0),
                    parts.get(1), parts.get(2), parts.get(3), sort, order));

            DirectoryFilter filter = new DirectoryFilter(caller.filter(Permission.COMPANY_VIEW), text, group,
                    representative, status, country);
            boolean backward = from.map(Position::backward).orElse(false);
            Slice<DirectoryEntry> slice = companies.directory(new DirectorySearch(filter, order, descending,
                    from.map(Position::key), backward, query.page().limit()));
            long counted = companies.countUpTo(filter, CompanyDirectory.MATCHES_CAP);

            boolean moreAfter = backward || slice.hasMore();
            boolean moreBefore = backward ? slice.hasMore() : from.isPresent();
            Optional<String> next = moreAfter && !slice.items().isEmpty()
                    ? Optional.of(cursor(sort, FORWARD, slice.last().key(order))) : Optional.empty();
            Optional<String> previous = moreBefore && !slice.items().isEmpty()
                    ? Optional.of(cursor(sort, BACKWARD, slice.items().get(0).key(order))) : Optional.empty();
            return new CompanyDirectory(slice.items().stream().map(CompanyRow::of).toList(), next, previous,
                    Math.min(counted, CompanyDirectory.MATCHES_CAP), counted > CompanyDirectory.MATCHES_CAP);
        });
    }

    private static Position position(String sort, String direction, String value, String id, String expectedSort,
            DirectoryOrder order) {
        if (!sort.equals(expectedSort) || !direction.equals(FORWARD) && !direction.equals(BACKWARD)) {
            throw new IllegalArgumentException("a cursor of another list");
        }
        if (order != DirectoryOrder.NAME) {
            Instant.parse(value);
        }
        return new Position(new DirectoryKey(value, CompanyId.parse("cursor", id)), direction.equals(BACKWARD));
    }

    private static String cursor(String sort, String direction, DirectoryKey key) {
        return Cursors.encode(sort, direction, key.value(), key.id());
    }

    /** Where a cursor points, and which way the page it asks for lies. */
    private record Position(DirectoryKey key, boolean backward) {}
}
