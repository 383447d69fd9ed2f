package org.b2b.customers.application.port.in.company;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.port.in.Page;

/**
 * Lists the companies the caller has access to, by name. A caller whose policies reach no company at all is
 * refused, as for any other use case they hold no policy for, rather than shown an empty list.
 */
public interface ListCompaniesUseCase {

    Page<CompanyView> list(Actor actor, ListCompaniesQuery query);
}
