package org.b2b.customers.application.port.in.address;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;

/**
 * New lines for an address, replacing all of the old ones; its type stays. {@code isDefault} true makes it the
 * default of its type; false leaves the default as it is, because a type with addresses always has a default: it
 * passes to another address only when that one is made the default.
 */
public record UpdateAddressCommand(CompanyId companyId, AddressId addressId, AddressInput address, boolean isDefault) {

    public UpdateAddressCommand {
        requireNonNull(companyId);
        requireNonNull(addressId);
    }
}
