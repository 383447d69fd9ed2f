package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.CompanyId;

/** Reads one company the caller may see, with its billing address. */
final class GetCompanyService implements GetCompanyUseCase {

    private final UseCaseSupport support;
    private final CompanyViews views;

    GetCompanyService(UseCaseSupport support, CompanyViews views) {
        this.support = support;
        this.views = views;
    }

    @Override
    public CompanyView get(Actor actor, CompanyId companyId) {
        return support.asCaller(actor, caller -> views.of(caller.company(companyId, Permission.COMPANY_VIEW)));
    }
}
