package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;

/** Adds an address to a company's book. */
public interface AddAddressUseCase {

    AddressView add(Actor actor, AddAddressCommand command);
}
