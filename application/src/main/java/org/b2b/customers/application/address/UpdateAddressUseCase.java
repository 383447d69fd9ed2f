package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;

/** Replaces an address's lines, and optionally makes it the default of its type. */
public interface UpdateAddressUseCase {

    AddressView update(Actor actor, UpdateAddressCommand command);
}
