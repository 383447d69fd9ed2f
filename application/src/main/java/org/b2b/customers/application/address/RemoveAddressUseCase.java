package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;

/**
 * Removes an address from a company's book. When it was the default of its type, the oldest remaining address of
 * that type becomes the default. Removing the last billing address is allowed and leaves the company without a
 * billing address, which the seed makes optional.
 */
public interface RemoveAddressUseCase {

    void remove(Actor actor, RemoveAddressCommand command);
}
