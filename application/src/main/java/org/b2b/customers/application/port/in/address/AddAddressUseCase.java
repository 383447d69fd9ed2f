package org.b2b.customers.application.port.in.address;

import org.b2b.customers.application.port.in.Actor;

/** Adds an address to a company's book. */
public interface AddAddressUseCase {

    AddressView add(Actor actor, AddAddressCommand command);
}
