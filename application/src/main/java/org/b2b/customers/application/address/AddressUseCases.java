package org.b2b.customers.application.address;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The address-book use cases, wired to their ports. */
public final class AddressUseCases {

    private final AddressBookService addressBook;

    public AddressUseCases(UseCaseSupport support, DrivenPorts ports) {
        addressBook = new AddressBookService(support.transactions(), support.access(), support.validation(),
                ports.addressBooks(), support.history());
    }

    public ListAddressesUseCase list() {
        return addressBook;
    }

    public GetAddressUseCase get() {
        return addressBook;
    }

    public AddAddressUseCase add() {
        return addressBook;
    }

    public UpdateAddressUseCase update() {
        return addressBook;
    }

    public RemoveAddressUseCase remove() {
        return addressBook;
    }

    public SetDefaultAddressUseCase setDefault() {
        return addressBook;
    }
}
