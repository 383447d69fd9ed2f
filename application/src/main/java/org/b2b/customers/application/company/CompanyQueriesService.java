package org.b2b.customers.application.company;

import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.GetCompanyUseCase;
import org.b2b.customers.application.company.ListCompaniesQuery;
import org.b2b.customers.application.company.ListCompaniesUseCase;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.shared.StorableText;
import org.b2b.customers.domain.user.UserId;

/** Reads companies: one by id, or a page of those the caller may see. */
final class CompanyQueriesService implements GetCompanyUseCase, ListCompaniesUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Companies companies;
    private final CompanyViews views;

    CompanyQueriesService(Transactions transactions, AccessControl access, CommandValidation validation,
            Companies companies, AddressBooks addressBooks) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.companies = companies;
        this.views = new CompanyViews(addressBooks);
    }

    @Override
    public CompanyView get(Actor actor, CompanyId companyId) {
        return transactions.inTransaction(() -> views.of(access.caller(actor).company(companyId, Permission.COMPANY_VIEW)));
    }

    @Override
    public Page<CompanyView> list(Actor actor, ListCompaniesQuery query) {
        return transactions.inTransaction(() -> {
            Caller caller = access.caller(actor);
            caller.requireSomewhere(Permission.COMPANY_VIEW);
            CompanyFilter filter = caller.filter(Permission.COMPANY_VIEW);
            var errors = validation.errorsOf(query);
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
