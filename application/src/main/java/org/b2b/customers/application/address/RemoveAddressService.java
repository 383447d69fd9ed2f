package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressErrorCode;
import org.b2b.customers.domain.company.Company;

/** Removes an address from a company's book, checking the version the request names against the address's own. */
final class RemoveAddressService implements RemoveAddressUseCase {

    private final UseCaseSupport support;
    private final AddressBooks addressBooks;
    private final AddressHistory history;

    RemoveAddressService(UseCaseSupport support, AddressBooks addressBooks, AddressHistory history) {
        this.support = support;
        this.addressBooks = addressBooks;
        this.history = history;
    }

    @Override
    public void remove(Actor actor, RemoveAddressCommand command) {
        support.runAsCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.ADDRESS_EDIT);
            AddressBook book = addressBooks.load(company.id());
            Address removed = book.find(command.addressId());
            command.expectedVersion().check(removed.version(), AddressErrorCode.STALE_VERSION);
            history.removed(actor, addressBooks.save(book.remove(removed.id())), removed);
        });
    }
}
