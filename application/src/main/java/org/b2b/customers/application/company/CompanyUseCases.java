package org.b2b.customers.application.company;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.TokenRevocation;
import org.b2b.customers.application.support.UseCaseSupport;

/** The use cases of companies, wired to their ports. */
public final class CompanyUseCases {

    private final CreateCompanyService create;
    private final UpdateCompanyService update;
    private final CompanyQueriesService queries;
    private final CompanySummaryService summary;

    public CompanyUseCases(UseCaseSupport support, DrivenPorts ports) {
        create = new CreateCompanyService(support.transactions(), support.access(), support.validation(), ports.companies(),
                ports.addressBooks(), ports.customerGroups(), ports.users(), support.history(), support.clock());
        update = new UpdateCompanyService(support.transactions(), support.access(), support.validation(), ports.companies(),
                ports.addressBooks(), ports.customerGroups(), ports.users(), support.history(),
                new TokenRevocation(ports.accessTokens(), ports.members()), support.clock());
        queries = new CompanyQueriesService(support.transactions(), support.access(), support.validation(),
                ports.companies(), ports.addressBooks());
        summary = new CompanySummaryService(support.transactions(), support.access(), ports.addressBooks(),
                ports.members(), ports.invitations(), ports.orders(), support.clock());
    }

    public CreateCompanyUseCase create() {
        return create;
    }

    public UpdateCompanyUseCase update() {
        return update;
    }

    public GetCompanyUseCase get() {
        return queries;
    }

    public ListCompaniesUseCase list() {
        return queries;
    }

    public GetCompanySummaryUseCase summary() {
        return summary;
    }
}
