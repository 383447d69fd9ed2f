package org.b2b.customers.application.company;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/** Builds company views, which need the company's default billing address from its address book. */
public final class CompanyViews {

    private final AddressBooks addressBooks;

    public CompanyViews(AddressBooks addressBooks) {
        this.addressBooks = addressBooks;
    }

    /** The view of one company; nearly every use case answers with one, so it takes no detour through a list. */
    public CompanyView of(Company company) {
        return of(company, addressBooks.defaultBillingAddresses(List.of(company.id())));
    }

    /** The view of a company read with its default billing address. */
    public static CompanyView of(Companies.WithBilling read) {
        return CompanyView.of(read.company(), read.defaultBilling().map(AddressView::of));
    }

    /** The view of a company read with its overview. */
    public static CompanyView of(Companies.Overview read) {
        return CompanyView.of(read.company(), read.defaultBilling().map(AddressView::of));
    }

    /** The views of a page of companies, in their order, with one read of their billing addresses. */
    public List<CompanyView> of(List<Company> companies) {
        Map<CompanyId, Address> billing = addressBooks.defaultBillingAddresses(companies.stream().map(Company::id).toList());
        return companies.stream().map(company -> of(company, billing)).toList();
    }

    private static CompanyView of(Company company, Map<CompanyId, Address> billing) {
        Address address = billing.get(company.id());
        return CompanyView.of(company, address == null ? Optional.empty() : Optional.of(AddressView.of(address)));
    }
}
