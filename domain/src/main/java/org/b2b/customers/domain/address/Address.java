package org.b2b.customers.domain.address;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a company's address book. Its version counts the changes to this address alone (its lines, and
 * whether it is the default of its type), so that a client editing one address is not told that another one's
 * change made its copy stale.
 */
public record Address(AddressId id, AddressType type, AddressDetails details, boolean isDefault, long version) {

    public Address {
        requireNonNull(id);
        requireNonNull(type);
        requireNonNull(details);
    }

    /** The address as the default of its type or not; a change, and a new version, only when that differs. */
    Address asDefault(boolean flag) {
        return flag == isDefault ? this : new Address(id, type, details, flag, version + 1);
    }
}
