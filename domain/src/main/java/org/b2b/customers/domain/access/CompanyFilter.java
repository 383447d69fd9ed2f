package org.b2b.customers.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.UserId;

/**
 * Which companies a permission reaches when no single company is named (listing companies, say): all of them,
 * or those represented by one user and/or the one a member belongs to. Empty both ways means none.
 */
public record CompanyFilter(boolean all, Optional<UserId> representedBy, Optional<CompanyId> ownCompany) {

    public static final CompanyFilter NONE = new CompanyFilter(false, Optional.empty(), Optional.empty());
    public static final CompanyFilter ALL = new CompanyFilter(true, Optional.empty(), Optional.empty());

    public CompanyFilter {
        requireNonNull(representedBy);
        requireNonNull(ownCompany);
    }

    public boolean isNone() {
        return !all && representedBy.isEmpty() && ownCompany.isEmpty();
    }

    /** Whether one company passes the filter. */
    public boolean admits(CompanyScope company) {
        return all
                || representedBy.filter(company.salesRepresentativeId()::equals).isPresent()
                || ownCompany.filter(company.companyId()::equals).isPresent();
    }

    /**
     * The companies both filters admit, or fewer: "represented by me" and "my own company" together admit only a
     * company that is both, which no list pages by, so that pair admits none.
     */
    public CompanyFilter and(CompanyFilter other) {
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        return new CompanyFilter(false, representedBy.filter(other.representedBy::equals),
                ownCompany.filter(other.ownCompany::equals));
    }

    CompanyFilter or(CompanyFilter other) {
        if (all || other.all) {
            return ALL;
        }
        return new CompanyFilter(false, representedBy.or(() -> other.representedBy), ownCompany.or(() -> other.ownCompany));
    }
}
