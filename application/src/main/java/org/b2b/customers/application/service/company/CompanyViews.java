package org.b2b.customers.application.service.company;

import org.b2b.customers.application.port.in.address.AddressView;
import org.b2b.customers.application.port.in.company.CompanyView;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.domain.company.Company;

/** Builds company views, which need the company's billing address from its address book. */
public final class CompanyViews {

    private final AddressBooks addressBooks;

    public CompanyViews(AddressBooks addressBooks) {
        this.addressBooks = addressBooks;
    }

    public CompanyView of(Company company) {
        return CompanyView.of(company, addressBooks.load(company.id()).defaultBilling().map(AddressView::of));
    }
}
