package org.b2b.customers.domain.address;

import org.b2b.customers.domain.shared.ErrorCode;

/** Refusal codes about a company's address book as a whole. */
public enum AddressBookErrorCode implements ErrorCode {
    STALE_VERSION("address_book.stale_version"),
    FULL("address_book.full");

    private final String value;

    AddressBookErrorCode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
