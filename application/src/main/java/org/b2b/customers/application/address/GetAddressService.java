package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Reads one address, looked up in the book of the company named in the request, so that the id of another
 * company's address answers not found, exactly as an unknown one.
 */
final class GetAddressService implements GetAddressUseCase {

    private final UseCaseSupport support;
    private final AddressBooks addressBooks;

    GetAddressService(UseCaseSupport support, AddressBooks addressBooks) {
        this.support = support;
        this.addressBooks = addressBooks;
    }

    @Override
    public AddressView get(Actor actor, CompanyId companyId, AddressId addressId) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.ADDRESS_VIEW);
            return AddressView.of(addressBooks.load(company.id()).find(addressId));
        });
    }
}
