package org.b2b.customers.application.address;

import java.util.List;
import org.b2b.customers.application.common.Actor;

/**
 * Lists a company's address book in the order the addresses were added. A book holds at most
 * {@link org.b2b.customers.domain.address.AddressBook#MAX_ADDRESSES} addresses, so it comes whole, not in pages.
 */
public interface ListAddressesUseCase {

    List<AddressView> list(Actor actor, ListAddressesQuery query);
}
