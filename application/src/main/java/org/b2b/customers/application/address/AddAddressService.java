package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.Company;

/** Adds an address to a company's book, as the default of its type if asked to. */
final class AddAddressService implements AddAddressUseCase {

    private final UseCaseSupport support;
    private final AddressBooks addressBooks;
    private final AddressHistory history;

    AddAddressService(UseCaseSupport support, AddressBooks addressBooks, AddressHistory history) {
        this.support = support;
        this.addressBooks = addressBooks;
        this.history = history;
    }

    @Override
    public AddressView add(Actor actor, AddAddressCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.ADDRESS_EDIT);
            var errors = support.validation().errorsOf(command.address());
            AddressType type = errors.check(() -> AddressTypes.parse(command.type()));
            AddressDetails details = errors.check(() -> command.address().toDetails());
            errors.throwIfAny();
            AddressId id = AddressId.random();
            AddressBook book = addressBooks.save(addressBooks.load(company.id()).add(id, type, details, command.isDefault()));
            Address added = book.find(id);
            history.added(actor, company.id(), added);
            return AddressView.of(added);
        });
    }
}
