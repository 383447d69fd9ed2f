package org.b2b.customers.application.port.in.company;

import org.b2b.customers.application.port.in.Actor;

/** Creates a company, with its billing address as the first entry of its address book. */
public interface CreateCompanyUseCase {

    CompanyView create(Actor actor, CreateCompanyCommand command);
}
