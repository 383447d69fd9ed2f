package org.b2b.customers.application.port.in.address;

import org.b2b.customers.application.port.in.Actor;

/** Replaces an address's lines, and optionally makes it the default of its type. */
public interface UpdateAddressUseCase {

    AddressView update(Actor actor, UpdateAddressCommand command);
}
