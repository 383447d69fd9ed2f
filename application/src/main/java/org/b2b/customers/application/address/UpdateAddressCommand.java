package org.b2b.customers.application.address;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;

/**
 * New lines for an address, replacing all of the old ones; its type stays. {@code isDefault} true makes it the
 * default of its type; false leaves the default as it is, because a type with addresses always has a default: it
 * passes to another address only when that one is made the default. With {@code expectedVersion}, the change
 * applies only to that version of the address.
 */
public record UpdateAddressCommand(
        CompanyId companyId, AddressId addressId, AddressInput address, boolean isDefault,
        ExpectedVersion expectedVersion) {

    public UpdateAddressCommand {
        requireNonNull(companyId);
        requireNonNull(addressId);
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    /** The change, whatever version the address is at. */
    public UpdateAddressCommand(CompanyId companyId, AddressId addressId, AddressInput address, boolean isDefault) {
        this(companyId, addressId, address, isDefault, ExpectedVersion.any());
    }

    public UpdateAddressCommand ifVersion(long version) {
        return new UpdateAddressCommand(companyId, addressId, address, isDefault, ExpectedVersion.of(version));
    }
}
