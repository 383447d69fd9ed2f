package org.b2b.customers.application.address;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.company.CompanyId;

/** The address to remove from a company's book; with {@code expectedVersion}, only if it is still at that version. */
public record RemoveAddressCommand(CompanyId companyId, AddressId addressId, ExpectedVersion expectedVersion) {

    public RemoveAddressCommand {
        requireNonNull(companyId);
        requireNonNull(addressId);
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    public static RemoveAddressCommand of(CompanyId companyId, AddressId addressId) {
        return new RemoveAddressCommand(companyId, addressId, ExpectedVersion.any());
    }

    public RemoveAddressCommand ifVersion(long version) {
        return new RemoveAddressCommand(companyId, addressId, ExpectedVersion.of(version));
    }
}
