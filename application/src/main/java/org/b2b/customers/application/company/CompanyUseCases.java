package org.b2b.customers.application.company;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.TokenRevocation;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of companies, wired to their ports. */
public final class CompanyUseCases {

    private final CreateCompanyService create;
    private final UpdateCompanyService update;
    private final GetCompanyService get;
    private final ListCompaniesService list;
    private final GetCompanySummaryService summary;
    private final BrowseCompaniesService browse;
    private final GetCompanyOverviewService overview;
    private final ChangeCompaniesService change;

    public CompanyUseCases(UseCaseSupport support, DrivenPorts ports) {
        CompanyReferences references = new CompanyReferences(ports.customerGroups(), ports.users());
        CompanyViews views = new CompanyViews(ports.addressBooks());
        create = new CreateCompanyService(support, ports.companies(), ports.addressBooks(), references);
        update = new UpdateCompanyService(support, ports.companies(), references, views,
                new TokenRevocation(ports.accessTokens(), ports.members()));
        get = new GetCompanyService(support, ports.companies());
        list = new ListCompaniesService(support, ports.companies(), views);
        summary = new GetCompanySummaryService(support, ports.companies(), ports.orders());
        browse = new BrowseCompaniesService(support, ports.companies());
        overview = new GetCompanyOverviewService(support, ports.companies(), ports.orders());
        change = new ChangeCompaniesService(support, get, update);
    }

    public CreateCompanyUseCase create() {
        return create;
    }

    public UpdateCompanyUseCase update() {
        return update;
    }

    public GetCompanyUseCase get() {
        return get;
    }

    public ListCompaniesUseCase list() {
        return list;
    }

    public GetCompanySummaryUseCase summary() {
        return summary;
    }

    public BrowseCompaniesUseCase browse() {
        return browse;
    }

    public GetCompanyOverviewUseCase overview() {
        return overview;
    }

    public ChangeCompaniesUseCase change() {
        return change;
    }
}
