package org.b2b.customers.application.support;

import java.util.Optional;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/** How a caller finds the companies it checks policies on. */
@FunctionalInterface
interface CompanyLookup {

    Optional<Company> find(CompanyId id);
}
