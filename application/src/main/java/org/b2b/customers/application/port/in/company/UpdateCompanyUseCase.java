package org.b2b.customers.application.port.in.company;

import org.b2b.customers.application.port.in.Actor;

/** Edits a company's information, and deactivates or reactivates it. */
public interface UpdateCompanyUseCase {

    CompanyView update(Actor actor, UpdateCompanyCommand command);
}
