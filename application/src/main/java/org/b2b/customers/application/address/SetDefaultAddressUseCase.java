package org.b2b.customers.application.address;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Makes an address the default of its type, in place of the previous default. The default billing address is the
 * company's billing address.
 */
public interface SetDefaultAddressUseCase {

    AddressView setDefault(Actor actor, CompanyId companyId, AddressId addressId);
}
