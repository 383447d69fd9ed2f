package org.b2b.customers.testkit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressBookErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;

/** Address books in memory, one per company, versions checked. */
public final class InMemoryAddressBooks implements AddressBooks {

    private final InMemoryTable<CompanyId, AddressBook> table;

    public InMemoryAddressBooks(InMemoryStore store) {
        this.table = store.table("address_books");
    }

    @Override
    public AddressBook load(CompanyId companyId) {
        return table.get(companyId).orElseGet(() -> AddressBook.empty(companyId));
    }

    @Override
    public Map<CompanyId, Address> defaultBillingAddresses(Collection<CompanyId> companyIds) {
        Map<CompanyId, Address> found = new HashMap<>();
        for (CompanyId companyId : companyIds) {
            load(companyId).defaultBilling().ifPresent(address -> found.put(companyId, address));
        }
        return Map.copyOf(found);
    }

    @Override
    public AddressBook save(AddressBook book) {
        long stored = table.get(book.companyId()).map(AddressBook::version).orElse(0L);
        if (stored != book.version()) {
            throw DomainException.staleVersion(AddressBookErrorCode.STALE_VERSION);
        }
        AddressBook next = book.atVersion(book.version() + 1);
        table.put(book.companyId(), next);
        return next;
    }
}
