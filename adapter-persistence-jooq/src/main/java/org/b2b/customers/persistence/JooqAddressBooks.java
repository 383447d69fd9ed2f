package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.ADDRESSES;
import static org.b2b.customers.persistence.schema.Tables.ADDRESS_BOOKS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.AddressBook;
import org.b2b.customers.domain.address.AddressBookErrorCode;
import org.b2b.customers.domain.address.AddressDetails;
import org.b2b.customers.domain.address.AddressId;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.address.CountryCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.persistence.schema.tables.records.AddressesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Address books: a versioned row per company and its addresses in the order they were added, each with its own
 * version. A book is saved whole (it holds at most a few hundred addresses), and {@code default_key} lets the
 * database hold one default per type.
 */
final class JooqAddressBooks implements AddressBooks {

    /** Only the default billing address has this key, and the unique index (company_id, default_key) finds it. */
    static final Condition DEFAULT_BILLING = ADDRESSES.DEFAULT_KEY.eq(DSL.inline(AddressType.BILLING.name()));

    private final JooqTransactions transactions;
    /** Every company view shows the default billing address. */
    private final RenderedQuery defaultBillingOf;

    JooqAddressBooks(JooqTransactions transactions) {
        this.transactions = transactions;
        this.defaultBillingOf = RenderedQuery.of(transactions, ADDRESSES, DSL.selectFrom(ADDRESSES)
                .where(ADDRESSES.COMPANY_ID.eq(RenderedQuery.placeholder(ADDRESSES.COMPANY_ID)), DEFAULT_BILLING));
    }

    /** The book's version and its addresses come in one statement: a book without addresses is one row of nulls. */
    @Override
    public AddressBook load(CompanyId companyId) {
        Result<Record> rows = transactions.dsl().select(ADDRESS_BOOKS.VERSION).select(ADDRESSES.fields())
                .from(ADDRESS_BOOKS).leftJoin(ADDRESSES).on(ADDRESSES.COMPANY_ID.eq(ADDRESS_BOOKS.COMPANY_ID))
                .where(ADDRESS_BOOKS.COMPANY_ID.eq(companyId.value()))
                .orderBy(ADDRESSES.POSITION)
                .fetch();
        if (rows.isEmpty()) {
            return AddressBook.empty(companyId);
        }
        List<Address> addresses = rows.stream().filter(r -> r.get(ADDRESSES.ID) != null)
                .map(r -> address(Row.of(r))).toList();
        return AddressBook.restore(companyId, addresses, rows.get(0).get(ADDRESS_BOOKS.VERSION));
    }

    /**
     * A page's ids are written into the statement as literals, not bound: H2 plans a prepared statement before it
     * sees the values, and {@code IN} over bound (cast) values had it read the whole index instead of 50 entries.
     */
    @Override
    public Map<CompanyId, Address> defaultBillingAddresses(Collection<CompanyId> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        if (companyIds.size() == 1) {
            CompanyId only = companyIds.iterator().next();
            return defaultBillingOf.fetchOne(JooqAddressBooks::address, only.value())
                    .map(address -> Map.of(only, address)).orElse(Map.of());
        }
        return transactions.dsl().selectFrom(ADDRESSES).where(ADDRESSES.COMPANY_ID.in(companyIds.stream()
                        .map(id -> DSL.inline(id.value(), ADDRESSES.COMPANY_ID)).toList()), DEFAULT_BILLING).fetch()
                .stream().collect(Collectors.toUnmodifiableMap(r -> new CompanyId(r.getCompanyId()),
                        r -> address(Row.of(r))));
    }

    @Override
    public AddressBook save(AddressBook book) {
        DSLContext dsl = transactions.dsl();
        if (book.version() == 0) {
            try {
                dsl.insertInto(ADDRESS_BOOKS).set(ADDRESS_BOOKS.COMPANY_ID, book.companyId().value())
                        .set(ADDRESS_BOOKS.VERSION, 1L).execute();
            } catch (DataAccessException e) {
                throw Constraints.translate(e, Map.of("address_books_pk", () -> DomainException.staleVersion(AddressBookErrorCode.STALE_VERSION)));
            }
        } else {
            int updated = dsl.update(ADDRESS_BOOKS).set(ADDRESS_BOOKS.VERSION, book.version() + 1)
                    .where(ADDRESS_BOOKS.COMPANY_ID.eq(book.companyId().value()), ADDRESS_BOOKS.VERSION.eq(book.version()))
                    .execute();
            if (updated == 0) {
                throw DomainException.staleVersion(AddressBookErrorCode.STALE_VERSION);
            }
            dsl.deleteFrom(ADDRESSES).where(ADDRESSES.COMPANY_ID.eq(book.companyId().value())).execute();
        }
        List<AddressesRecord> rows = new ArrayList<>();
        for (int position = 0; position < book.addresses().size(); position++) {
            rows.add(record(book.companyId(), position, book.addresses().get(position)));
        }
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows).execute();
        }
        return book.atVersion(book.version() + 1);
    }

    private static AddressesRecord record(CompanyId companyId, int position, Address address) {
        AddressDetails d = address.details();
        AddressesRecord r = new AddressesRecord();
        r.setId(address.id().value());
        r.setCompanyId(companyId.value());
        r.setPosition(position);
        r.setType(address.type().name());
        r.setName(d.name());
        r.setStreet(d.street());
        r.setPostalCode(d.postalCode());
        r.setCity(d.city());
        r.setRegion(d.region().orElse(null));
        r.setCountry(d.country().value());
        r.setEmail(d.email().map(EmailAddress::value).orElse(null));
        r.setPhone(d.phone().map(PhoneNumber::value).orElse(null));
        r.setTaxId(d.taxId().map(TaxId::value).orElse(null));
        r.setIsDefault(address.isDefault());
        r.setDefaultKey(address.isDefault() ? address.type().name() : null);
        r.setVersion(address.version());
        return r;
    }

    static Address address(Row r) {
        return new Address(new AddressId(r.get(ADDRESSES.ID)), AddressType.valueOf(r.get(ADDRESSES.TYPE)),
                new AddressDetails(r.get(ADDRESSES.NAME), r.get(ADDRESSES.STREET), r.get(ADDRESSES.POSTAL_CODE),
                        r.get(ADDRESSES.CITY), Optional.ofNullable(r.get(ADDRESSES.REGION)),
                        new CountryCode(r.get(ADDRESSES.COUNTRY)),
                        Optional.ofNullable(r.get(ADDRESSES.EMAIL)).map(EmailAddress::new),
                        Optional.ofNullable(r.get(ADDRESSES.PHONE)).map(PhoneNumber::new),
                        Optional.ofNullable(r.get(ADDRESSES.TAX_ID)).map(TaxId::new)),
                r.get(ADDRESSES.IS_DEFAULT), r.get(ADDRESSES.VERSION));
    }
}
