package org.b2b.customers.domain.address;

import static java.util.Objects.requireNonNull;

/** One entry of a company's address book. */
public record Address(AddressId id, AddressType type, AddressDetails details, boolean isDefault) {

    public Address {
        requireNonNull(id);
        requireNonNull(type);
        requireNonNull(details);
    }

    Address asDefault(boolean flag) {
        return new Address(id, type, details, flag);
    }
}
