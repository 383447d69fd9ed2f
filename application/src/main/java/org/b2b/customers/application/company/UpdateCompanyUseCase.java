package org.b2b.customers.application.company;

import org.b2b.customers.application.common.Actor;

/** Edits a company's information, and deactivates or reactivates it. */
public interface UpdateCompanyUseCase {

    CompanyView update(Actor actor, UpdateCompanyCommand command);
}
