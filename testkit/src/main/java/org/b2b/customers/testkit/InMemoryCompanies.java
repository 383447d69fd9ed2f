package org.b2b.customers.testkit;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.TaxIdSearch;
import org.b2b.customers.domain.shared.DomainException;

/** Companies in memory, with tax IDs unique and versions checked. */
public final class InMemoryCompanies implements Companies {

    private static final Comparator<Company> NAME_ORDER = Comparator
            .comparing((Company c) -> c.details().nameKey())
            .thenComparing(c -> c.id().toString());

    private final InMemoryTable<CompanyId, Company> table;
    private final InMemoryMembers members;

    public InMemoryCompanies(InMemoryStore store, InMemoryMembers members) {
        this.table = store.table("companies");
        this.members = members;
        members.guardContactPersonsOf(this);
    }

    @Override
    public Company add(Company company) {
        if (table.get(company.id()).isPresent()) {
            throw new IllegalStateException("company " + company.id() + " exists");
        }
        requireTaxIdFree(company);
        table.put(company.id(), company);
        return company;
    }

    @Override
    public Company update(Company company) {
        Company stored = table.get(company.id()).orElseThrow(() -> DomainException.notFound(CompanyErrorCode.NOT_FOUND));
        if (stored.version() != company.version()) {
            throw DomainException.staleVersion(CompanyErrorCode.STALE_VERSION);
        }
        requireTaxIdFree(company);
        requireContactPersonIsMember(company);
        Company next = company.atVersion(company.version() + 1);
        table.put(company.id(), next);
        return next;
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        return table.get(id);
    }

    @Override
    public Optional<Company> findByTaxId(TaxId taxId) {
        return table.rows().filter(c -> c.taxId().equals(taxId)).findFirst();
    }

    @Override
    public Slice<Company> search(Search search) {
        String text = search.text().map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        TaxIdSearch taxId = search.text().map(TaxIdSearch::of).orElse(null);
        return Slice.of(table.rows()
                .filter(c -> search.access().admits(CompanyScope.of(c)))
                .filter(c -> text == null || c.details().nameKey().startsWith(text) || taxId.finds(c.taxId()))
                .filter(c -> search.customerGroupId().map(c.details().customerGroupId()::equals).orElse(true))
                .filter(c -> search.salesRepresentativeId().map(c.details().salesRepresentativeId()::equals).orElse(true))
                .filter(c -> search.status().map(s -> c.status() == s).orElse(true))
                .filter(c -> search.after().map(k -> isAfter(c, k)).orElse(true))
                .sorted(NAME_ORDER)
                .limit(search.limit() + 1L)
                .toList(), search.limit());
    }

    private static boolean isAfter(Company company, Key key) {
        int byName = company.details().nameKey().compareTo(key.nameKey());
        return byName > 0 || byName == 0 && company.id().toString().compareTo(key.id().toString()) > 0;
    }

    /** What the database's composite foreign key from the contact person to the company's members guards. */
    private void requireContactPersonIsMember(Company company) {
        company.contactPerson().ifPresent(id -> members.find(id)
                .filter(m -> m.companyId().equals(company.id()))
                .orElseThrow(() -> DomainException.ruleViolated(CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER,
                        "The contact person must be a member of this company.")));
    }

    private void requireTaxIdFree(Company company) {
        if (table.rows().anyMatch(c -> c.taxId().equals(company.taxId()) && !c.id().equals(company.id()))) {
            throw DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN,
                    "A company with tax ID " + company.taxId() + " exists already.");
        }
    }
}
