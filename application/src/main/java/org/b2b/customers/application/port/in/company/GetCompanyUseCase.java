package org.b2b.customers.application.port.in.company;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.domain.company.CompanyId;

/** Reads one company the caller may see. */
public interface GetCompanyUseCase {

    CompanyView get(Actor actor, CompanyId companyId);
}
