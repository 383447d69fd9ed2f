package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;

/** Reads the summary of one company the caller may see. */
public interface GetCompanySummaryUseCase {

    /** How many of the newest orders the summary shows. */
    int LATEST_ORDERS = 5;

    CompanySummaryView summary(Actor actor, CompanyId companyId);
}
