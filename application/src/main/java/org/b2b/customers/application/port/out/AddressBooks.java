package org.b2b.customers.application.port.out;

import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.company.CompanyId;

/** The address books of companies. */
public interface AddressBooks {

    /** A company's address book; an empty one at version 0 when it has no address yet. */
    AddressBook load(CompanyId companyId);

    /** Stores the book if it is still at the version it was loaded at; otherwise {@code address_book.stale_version}. */
    AddressBook save(AddressBook book);
}
