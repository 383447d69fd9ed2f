package org.b2b.customers.application.address;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The address-book use cases, wired to their ports. */
public final class AddressUseCases {

    private final ListAddressesService list;
    private final GetAddressService get;
    private final AddAddressService add;
    private final UpdateAddressService update;
    private final RemoveAddressService remove;
    private final SetDefaultAddressService setDefault;

    public AddressUseCases(UseCaseSupport support, DrivenPorts ports) {
        AddressHistory history = new AddressHistory(support.history());
        list = new ListAddressesService(support, ports.addressBooks());
        get = new GetAddressService(support, ports.addressBooks());
        add = new AddAddressService(support, ports.addressBooks(), history);
        update = new UpdateAddressService(support, ports.addressBooks(), history);
        remove = new RemoveAddressService(support, ports.addressBooks(), history);
        setDefault = new SetDefaultAddressService(support, ports.addressBooks(), history);
    }

    public ListAddressesUseCase list() {
        return list;
    }

    public GetAddressUseCase get() {
        return get;
    }

    public AddAddressUseCase add() {
        return add;
    }

    public UpdateAddressUseCase update() {
        return update;
    }

    public RemoveAddressUseCase remove() {
        return remove;
    }

    public SetDefaultAddressUseCase setDefault() {
        return setDefault;
    }
}
