package org.b2b.customers.application.history;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The history use case, wired to its ports. */
public final class HistoryUseCases {

    private final GetCompanyHistoryService companyHistory;

    public HistoryUseCases(UseCaseSupport support, DrivenPorts ports) {
        companyHistory = new GetCompanyHistoryService(support, ports.history());
    }

    public GetCompanyHistoryUseCase ofCompany() {
        return companyHistory;
    }
}
