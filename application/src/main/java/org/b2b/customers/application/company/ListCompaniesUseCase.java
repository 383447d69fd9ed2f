package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;

/**
 * Lists the companies the caller has access to, by name. A caller whose policies reach no company at all is
 * refused, as for any other use case they hold no policy for, rather than shown an empty list.
 */
public interface ListCompaniesUseCase {

    Page<CompanyView> list(Actor actor, ListCompaniesQuery query);
}
