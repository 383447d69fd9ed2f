package org.b2b.customers.application.company;

import java.util.List;
import org.b2b.customers.application.common.Actor;

/**
 * Deactivates, activates or reassigns many companies at once, each in a transaction of its own, so that one refusal
 * leaves the others changed; answers what happened to each, in the order given.
 */
public interface ChangeCompaniesUseCase {

    List<CompanyChangeResult> change(Actor actor, ChangeCompaniesCommand command);
}
