package org.b2b.customers.application.address;

import java.util.Optional;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PhoneNumber;

/**
 * An address book entry as callers see it; {@code version} is the address's own, which changes to other addresses
 * of the book leave as it is.
 */
public record AddressView(
        AddressId id, AddressType type, String name, String street, String postalCode, String city,
        Optional<String> region, String country, Optional<String> email, Optional<String> phone,
        Optional<String> taxId, boolean isDefault, long version) {

    public static AddressView of(Address address) {
        var d = address.details();
        return new AddressView(address.id(), address.type(), d.name(), d.street(), d.postalCode(), d.city(),
                d.region(), d.country().value(), d.email().map(EmailAddress::value), d.phone().map(PhoneNumber::value),
                d.taxId().map(TaxId::value), address.isDefault(), address.version());
    }
}
