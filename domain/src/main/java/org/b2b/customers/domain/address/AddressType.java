package org.b2b.customers.domain.address;

/** What an address is used for; each type has at most one default. */
public enum AddressType {
    BILLING,
    SHIPPING
}
