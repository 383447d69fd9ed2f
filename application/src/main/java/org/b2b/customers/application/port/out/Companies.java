package org.b2b.customers.application.port.out;

import java.util.Optional;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.UserId;

/** All companies. */
public interface Companies {

    /** Stores a new company; a company with the same tax ID is a conflict ({@code company.tax_id_taken}). */
    Company add(Company company);

    /**
     * Stores a changed company if it is still at the version it was read at, and answers it at its new version;
     * otherwise a conflict ({@code company.stale_version}). The tax ID stays unique.
     */
    Company update(Company company);

    Optional<Company> find(CompanyId id);

    Optional<Company> findByTaxId(TaxId taxId);

    /** Companies in order of case-folded name, then id, after the given key. */
    Slice<Company> search(Search search);

    /** A company's place in the name order, for keyset paging. */
    record Key(String nameKey, CompanyId id) {}

    /**
     * What to list: only companies the filter admits; {@code text} matches a case-folded name prefix or, as
     * {@link org.b2b.customers.domain.company.TaxIdSearch} says, a tax ID; the other fields must match exactly
     * when given.
     */
    record Search(
            CompanyFilter access,
            Optional<String> text,
            Optional<CustomerGroupId> customerGroupId,
            Optional<UserId> salesRepresentativeId,
            Optional<CompanyStatus> status,
            Optional<Key> after,
            int limit) {}
}
