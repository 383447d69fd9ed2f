package org.b2b.customers.application.company;

import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.StorableText;
import org.b2b.customers.domain.user.UserId;

/** Pages through the companies the caller may see, by name, narrowed by the query's text and filters. */
final class ListCompaniesService implements ListCompaniesUseCase {

    private final UseCaseSupport support;
    private final Companies companies;
    private final CompanyViews views;

    ListCompaniesService(UseCaseSupport support, Companies companies, CompanyViews views) {
        this.support = support;
        this.companies = companies;
        this.views = views;
    }

    @Override
    public Page<CompanyView> list(Actor actor, ListCompaniesQuery query) {
        return support.readingAsCaller(actor, caller -> {
            caller.requireSomewhere(Permission.COMPANY_VIEW);
            CompanyFilter filter = caller.filter(Permission.COMPANY_VIEW);
            var errors = support.validation().errorsOf(query);
            Optional<CustomerGroupId> group = query.customerGroupId().filter(s -> !s.isBlank())
                    .map(g -> errors.check(() -> CustomerGroupId.parse("customerGroupId", g)));
            Optional<UserId> representative = query.salesRepresentativeId().filter(s -> !s.isBlank())
                    .map(r -> errors.check(() -> UserId.parse("salesRepresentativeId", r)));
            Optional<CompanyStatus> status = query.status().filter(s -> !s.isBlank())
                    .map(s -> errors.check(() -> CompanyStatus.parse("status", s)));
            Optional<Companies.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new Companies.Key(parts.get(0), CompanyId.parse("cursor", parts.get(1)))));
            Optional<String> text = query.q().map(q -> errors.check(() -> StorableText.require("q", q.strip())))
                    .filter(q -> !q.isEmpty());
            errors.throwIfAny();
            Slice<Company> slice = companies.search(new Companies.Search(filter, text, group, representative, status,
                    after, query.page().limit()));
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().details().nameKey(), slice.last().id()))
                    : Optional.empty();
            return new Page<>(views.of(slice.items()), next);
        });
    }
}
