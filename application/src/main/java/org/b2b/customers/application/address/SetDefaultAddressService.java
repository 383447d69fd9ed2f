package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/** Makes an address the default of its type; choosing the default again changes and records nothing. */
final class SetDefaultAddressService implements SetDefaultAddressUseCase {

    private final UseCaseSupport support;
    private final AddressBooks addressBooks;
    private final AddressHistory history;

    SetDefaultAddressService(UseCaseSupport support, AddressBooks addressBooks, AddressHistory history) {
        this.support = support;
        this.addressBooks = addressBooks;
        this.history = history;
    }

    @Override
    public AddressView setDefault(Actor actor, CompanyId companyId, AddressId addressId) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.ADDRESS_EDIT);
            AddressBook book = addressBooks.load(company.id());
            Address chosen = book.find(addressId);
            if (chosen.isDefault()) {
                return AddressView.of(chosen);
            }
            Address stored = addressBooks.save(book.makeDefault(addressId)).find(addressId);
            history.defaultChanged(actor, book, stored);
            return AddressView.of(stored);
        });
    }
}
