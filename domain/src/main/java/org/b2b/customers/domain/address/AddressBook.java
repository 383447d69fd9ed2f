package org.b2b.customers.domain.address;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;

/**
 * A company's addresses. Each type has exactly one default as long as it has any address: the first address of
 * a type becomes its default, and removing the default hands the role to the oldest remaining one. The
 * company's billing address is the default billing address.
 */
public final class AddressBook {

    public static final int MAX_ADDRESSES = 500;

    private final CompanyId companyId;
    private final ImmutableList<Address> addresses;
    private final long version;

    private AddressBook(CompanyId companyId, List<Address> addresses, long version) {
        this.companyId = requireNonNull(companyId);
        this.addresses = ImmutableList.copyOf(addresses);
        this.version = version;
        for (AddressType type : AddressType.values()) {
            long ofType = this.addresses.stream().filter(a -> a.type() == type).count();
            long defaults = this.addresses.stream().filter(a -> a.type() == type && a.isDefault()).count();
            if (ofType > 0 && defaults != 1) {
                throw new IllegalArgumentException("an address book has exactly one default " + type + " address");
            }
        }
        if (this.addresses.stream().map(Address::id).distinct().count() != this.addresses.size()) {
            throw new IllegalArgumentException("address ids are unique in a book");
        }
    }

    /** The empty book every company starts with; version 0 means it was never stored. */
    public static AddressBook empty(CompanyId companyId) {
        return new AddressBook(companyId, List.of(), 0);
    }

    /** A book read back from storage, in the order the addresses were added. */
    public static AddressBook restore(CompanyId companyId, List<Address> addresses, long version) {
        return new AddressBook(companyId, addresses, version);
    }

    /** Adds an address; it becomes the default of its type if asked to or if it is the first of its type. */
    public AddressBook add(AddressId id, AddressType type, AddressDetails details, boolean makeDefault) {
        if (addresses.size() >= MAX_ADDRESSES) {
            throw DomainException.ruleViolated(AddressBookErrorCode.FULL,
                    "An address book holds at most " + MAX_ADDRESSES + " addresses.");
        }
        boolean becomesDefault = makeDefault || addresses.stream().noneMatch(a -> a.type() == type);
        List<Address> next = new ArrayList<>(withoutDefault(type, becomesDefault));
        next.add(new Address(id, type, details, becomesDefault, 1));
        return new AddressBook(companyId, next, version);
    }

    /** Changes an address's lines; its type and default role stay. */
    public AddressBook update(AddressId id, AddressDetails details) {
        return update(id, details, false);
    }

    /**
     * Changes an address's lines and, if asked, makes it the default of its type, as one change of that address:
     * its version moves on once. Lines equal to the current ones, and a default that already is one, change nothing.
     */
    public AddressBook update(AddressId id, AddressDetails details, boolean makeDefault) {
        Address current = find(id);
        boolean becomesDefault = makeDefault && !current.isDefault();
        if (details.equals(current.details()) && !becomesDefault) {
            return this;
        }
        Address changed = new Address(id, current.type(), details, current.isDefault() || becomesDefault,
                current.version() + 1);
        return new AddressBook(companyId, withoutDefault(current.type(), becomesDefault).stream()
                .map(a -> a.id().equals(id) ? changed : a).toList(), version);
    }

    /** Makes an address the default of its type; the previous default stops being one. */
    public AddressBook makeDefault(AddressId id) {
        Address chosen = find(id);
        if (chosen.isDefault()) {
            return this;
        }
        return new AddressBook(companyId, withoutDefault(chosen.type(), true).stream()
                .map(a -> a.id().equals(id) ? a.asDefault(true) : a).toList(), version);
    }

    /** Removes an address; if it was the default, the oldest remaining one of its type takes over. */
    public AddressBook remove(AddressId id) {
        Address removed = find(id);
        List<Address> next = new ArrayList<>(addresses);
        next.remove(removed);
        if (removed.isDefault()) {
            next.stream().filter(a -> a.type() == removed.type()).findFirst()
                    .ifPresent(heir -> next.set(next.indexOf(heir), heir.asDefault(true)));
        }
        return new AddressBook(companyId, next, version);
    }

    public Address find(AddressId id) {
        return addresses.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.notFound(AddressErrorCode.NOT_FOUND));
    }

    /** The company's billing address. */
    public Optional<Address> defaultBilling() {
        return addresses.stream().filter(a -> a.type() == AddressType.BILLING && a.isDefault()).findFirst();
    }

    public AddressBook atVersion(long newVersion) {
        return new AddressBook(companyId, addresses, newVersion);
    }

    public CompanyId companyId() {
        return companyId;
    }

    public List<Address> addresses() {
        return addresses;
    }

    public long version() {
        return version;
    }

    /** The addresses with the default of a type no longer the default, when a new one takes its place. */
    private List<Address> withoutDefault(AddressType type, boolean replaced) {
        return replaced ? addresses.stream().map(a -> a.type() == type ? a.asDefault(false) : a).toList() : addresses;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBook b && b.companyId.equals(companyId) && b.addresses.equals(addresses)
                && b.version == version;
    }

    @Override
    public int hashCode() {
        return companyId.hashCode();
    }
}
