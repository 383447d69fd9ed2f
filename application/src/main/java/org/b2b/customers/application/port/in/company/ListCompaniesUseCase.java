package org.b2b.customers.application.port.in.company;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.Page;

/** Lists the companies the caller has access to, by name. */
public interface ListCompaniesUseCase {

    Page<CompanyView> list(Actor actor, ListCompaniesQuery query);
}
