package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;

/** Reads the overview of one company the caller may see: its summary with names where the summary has ids. */
public interface GetCompanyOverviewUseCase {

    /** How many of the newest orders the overview shows: as many as the summary. */
    int LATEST_ORDERS = GetCompanySummaryUseCase.LATEST_ORDERS;

    CompanyOverview overview(Actor actor, CompanyId companyId);
}
