package org.b2b.customers.application.port.out;

import java.util.Collection;
import java.util.Map;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.company.CompanyId;

/** The address books of companies. */
public interface AddressBooks {

    /** A company's address book; an empty one at version 0 when it has no address yet. */
    AddressBook load(CompanyId companyId);

    /**
     * The default billing address of each of the companies that has one, by company, read at once: a page of
     * company views needs them all.
     */
    Map<CompanyId, Address> defaultBillingAddresses(Collection<CompanyId> companyIds);

    /** Stores the book if it is still at the version it was loaded at; otherwise {@code address_book.stale_version}. */
    AddressBook save(AddressBook book);
}
