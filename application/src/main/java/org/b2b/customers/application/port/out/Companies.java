package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.b2b.customers.domain.address.Address;
import org.b2b.customers.domain.address.CountryCode;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.UserId;

/** All companies. */
public interface Companies {

    /** Stores a new company; a company with the same tax ID is a conflict ({@code company.tax_id_taken}). */
    Company add(Company company);

    /**
     * Stores a changed company if it is still at the version it was read at, and answers it at its new version;
     * otherwise a conflict ({@code company.stale_version}). The tax ID stays unique.
     */
    Company update(Company company);

    Optional<Company> find(CompanyId id);

    /** The company with its default billing address, read together: the view most reads of a company answer with. */
    Optional<WithBilling> findWithDefaultBilling(CompanyId id);

    /** A company and its default billing address, if it has one. */
    record WithBilling(Company company, Optional<Address> defaultBilling) {}

    /**
     * The company with all that its summary shows besides its orders, read together: its default billing address,
     * the names of its group, representative and contact person, and how many members, invitations (at {@code now})
     * and orders it has.
     */
    Optional<Overview> findOverview(CompanyId id, Instant now);

    /** A company as its summary reads it, with its members and invitations counted by status. */
    record Overview(
            Company company, Optional<Address> defaultBilling, String customerGroupName,
            PersonName salesRepresentativeName, Optional<ContactPerson> contactPerson, long activeMembers,
            long disabledMembers, long pendingInvitations, long expiredInvitations, long orders) {

        /** Every member is active or disabled. */
        public long members() {
            return activeMembers + disabledMembers;
        }
    }

    /** A company's contact person: the member, and the name, email and phone of their user. */
    record ContactPerson(MemberId id, PersonName name, EmailAddress email, Optional<PhoneNumber> phone) {}

    Optional<Company> findByTaxId(TaxId taxId);

    /** Companies in order of case-folded name, then id, after the given key. */
    Slice<Company> search(Search search);

    /** A company's place in the name order, for keyset paging. */
    record Key(String nameKey, CompanyId id) {}

    /**
     * What to list: only companies the filter admits; {@code text} matches a case-folded name prefix or, as
     * {@link org.b2b.customers.domain.company.TaxIdSearch} says, a tax ID; the other fields must match exactly
     * when given.
     */
    record Search(
            CompanyFilter access,
            Optional<String> text,
            Optional<CustomerGroupId> customerGroupId,
            Optional<UserId> salesRepresentativeId,
            Optional<CompanyStatus> status,
            Optional<Key> after,
            int limit) {}

    /**
     * One page of the directory: the companies the filter matches in the search's order, then by id in the same
     * direction, strictly beyond {@code from} in the direction of travel. Going {@code backward}, the rows are those
     * just before {@code from}, still answered in the search's order, and {@code hasMore} says more lie before them.
     */
    Slice<DirectoryEntry> directory(DirectorySearch search);

    /** How many companies the filter matches, counting no further than {@code cap + 1}: more than cap says so. */
    long countUpTo(DirectoryFilter filter, int cap);

    /** The columns the directory sorts by. */
    enum DirectoryOrder { NAME, CREATED, UPDATED }

    /**
     * Which companies the directory shows: as {@link Search} filters them, and by the country of the default billing
     * address.
     */
    record DirectoryFilter(
            CompanyFilter access,
            Optional<String> text,
            Optional<CustomerGroupId> customerGroupId,
            Optional<UserId> salesRepresentativeId,
            Optional<CompanyStatus> status,
            Optional<CountryCode> country) {}

    /**
     * A row's place in a directory order: the case-folded name for {@link DirectoryOrder#NAME}, the instant's ISO-8601
     * text for the others, and the id that breaks ties.
     */
    record DirectoryKey(String value, CompanyId id) {}

    /** A directory page to read. */
    record DirectorySearch(
            DirectoryFilter filter,
            DirectoryOrder order,
            boolean descending,
            Optional<DirectoryKey> from,
            boolean backward,
            int limit) {}

    /** A company with the names of what it refers to, as the directory lists it. */
    record DirectoryEntry(
            CompanyId id,
            String name,
            String taxId,
            CustomerGroupId customerGroupId,
            String customerGroupName,
            UserId salesRepresentativeId,
            String salesRepresentativeName,
            Optional<MemberId> contactPersonMemberId,
            Optional<String> contactPersonName,
            CompanyStatus status,
            int members,
            Optional<String> country,
            Instant createdAt,
            Instant updatedAt) {

        /** This row's place in the given order. */
        public DirectoryKey key(DirectoryOrder order) {
            String value = switch (order) {
                case NAME -> name.toLowerCase(Locale.ROOT);
                case CREATED -> createdAt.toString();
                case UPDATED -> updatedAt.toString();
            };
            return new DirectoryKey(value, id);
        }
    }
}
