package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;

/** Creates a company, with its billing address as the first entry of its address book. */
public interface CreateCompanyUseCase {

    CompanyView create(Actor actor, CreateCompanyCommand command);
}
