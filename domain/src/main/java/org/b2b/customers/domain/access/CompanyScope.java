package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.UserId;

/** What limitations look at in a company: which it is and who represents it. */
public record CompanyScope(CompanyId companyId, UserId salesRepresentativeId) {

    public CompanyScope {
        requireNonNull(companyId);
        requireNonNull(salesRepresentativeId);
    }

    /** The scope of a company as it stands. */
    public static CompanyScope of(Company company) {
        return new CompanyScope(company.id(), company.details().salesRepresentativeId());
    }
}
