package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.CompanyId;

/** Reads one company the caller may see, with its billing address, in one statement after the caller's. */
final class GetCompanyService implements GetCompanyUseCase {

    private final UseCaseSupport support;
    private final Companies companies;

    GetCompanyService(UseCaseSupport support, Companies companies) {
        this.support = support;
        this.companies = companies;
    }

    @Override
    public CompanyView get(Actor actor, CompanyId companyId) {
        return support.readingAsCaller(actor, caller -> {
            return CompanyViews.of(caller.company(companies.findWithDefaultBilling(companyId),
                    Companies.WithBilling::company, Permission.COMPANY_VIEW));
        });
    }
}
