package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;

/** Reads one company the caller may see. */
public interface GetCompanyUseCase {

    CompanyView get(Actor actor, CompanyId companyId);
}
