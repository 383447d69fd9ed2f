package org.b2b.customers.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.TaxIdSearch;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;

/** Companies in memory, with tax IDs unique and versions checked. */
public final class InMemoryCompanies implements Companies {

    private static final Comparator<Company> NAME_ORDER = Comparator
            .comparing((Company c) -> c.details().nameKey())
            .thenComparing(c -> c.id().toString());

    private final InMemoryTable<CompanyId, Company> table;
    private final InMemoryMembers members;
    private final InMemoryUsers users;
    private final InMemoryCustomerGroups groups;
    private final InMemoryAddressBooks addressBooks;
    private final InMemoryInvitations invitations;
    private final InMemoryOrders orders;

    /**
     * The directory and the overview read the names of what companies refer to, as the database joins them, and the
     * overview counts what a company holds.
     */
    public InMemoryCompanies(InMemoryStore store, InMemoryMembers members, InMemoryUsers users,
            InMemoryCustomerGroups groups, InMemoryAddressBooks addressBooks, InMemoryInvitations invitations,
            InMemoryOrders orders) {
        this.table = store.table("companies");
        this.members = members;
        this.users = users;
        this.groups = groups;
        this.addressBooks = addressBooks;
        this.invitations = invitations;
        this.orders = orders;
        members.guardContactPersonsOf(this);
    }

    @Override
    public Company add(Company company) {
        if (table.get(company.id()).isPresent()) {
            throw new IllegalStateException("company " + company.id() + " exists");
        }
        requireTaxIdFree(company);
        table.put(company.id(), company);
        return company;
    }

    @Override
    public Company update(Company company) {
        Company stored = table.get(company.id()).orElseThrow(() -> DomainException.notFound(CompanyErrorCode.NOT_FOUND));
        if (stored.version() != company.version()) {
            throw DomainException.staleVersion(CompanyErrorCode.STALE_VERSION);
        }
        requireTaxIdFree(company);
        requireContactPersonIsMember(company);
        Company next = company.atVersion(company.version() + 1);
        table.put(company.id(), next);
        return next;
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        return table.get(id);
    }

    @Override
    public Optional<WithBilling> findWithDefaultBilling(CompanyId id) {
        return find(id).map(company -> new WithBilling(company,
                Optional.ofNullable(addressBooks.defaultBillingAddresses(List.of(id)).get(id))));
    }

    /** A company's group, representative and contact person exist as long as it does, as foreign keys keep them. */
    @Override
    public Optional<Overview> findOverview(CompanyId id, Instant now) {
        return findWithDefaultBilling(id).map(read -> {
            Company company = read.company();
            Map<MemberStatus, Long> memberCounts = members.countByStatus(id);
            Map<InvitationStatus, Long> invitationCounts = invitations.countByStatus(id, now);
            return new Overview(company, read.defaultBilling(),
                    groups.find(company.details().customerGroupId()).orElseThrow().name(),
                    users.find(company.details().salesRepresentativeId()).orElseThrow().name(),
                    company.contactPerson().map(this::contactPerson), memberCounts.get(MemberStatus.ACTIVE),
                    memberCounts.get(MemberStatus.DISABLED), invitationCounts.get(InvitationStatus.PENDING),
                    invitationCounts.get(InvitationStatus.EXPIRED), orders.countByCompany(id));
        });
    }

    private ContactPerson contactPerson(MemberId id) {
        User user = members.find(id).flatMap(member -> users.find(member.userId())).orElseThrow();
        return new ContactPerson(id, user.name(), user.email(), user.phone());
    }

    @Override
    public Optional<Company> findByTaxId(TaxId taxId) {
        return table.rows().filter(c -> c.taxId().equals(taxId)).findFirst();
    }

    @Override
    public Slice<Company> search(Search search) {
        String text = search.text().map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        TaxIdSearch taxId = search.text().map(TaxIdSearch::of).orElse(null);
        return Slice.of(table.rows()
                .filter(c -> search.access().admits(CompanyScope.of(c)))
                .filter(c -> text == null || c.details().nameKey().startsWith(text) || taxId.finds(c.taxId()))
                .filter(c -> search.customerGroupId().map(c.details().customerGroupId()::equals).orElse(true))
                .filter(c -> search.salesRepresentativeId().map(c.details().salesRepresentativeId()::equals).orElse(true))
                .filter(c -> search.status().map(s -> c.status() == s).orElse(true))
                .filter(c -> search.after().map(k -> isAfter(c, k)).orElse(true))
                .sorted(NAME_ORDER)
                .limit(search.limit() + 1L)
                .toList(), search.limit());
    }

    @Override
    public Slice<DirectoryEntry> directory(DirectorySearch search) {
        Comparator<DirectoryEntry> order = directoryOrder(search.order());
        // Read backward, the rows just before the key come first in the reversed order, and are turned round below.
        boolean ascending = search.descending() == search.backward();
        Comparator<DirectoryEntry> read = ascending ? order : order.reversed();
        List<DirectoryEntry> rows = matches(search.filter())
                .map(this::entry)
                .filter(e -> search.from().map(k -> read.compare(e, keyed(k, search.order())) > 0).orElse(true))
                .sorted(read)
                .limit(search.limit() + 1L)
                .collect(Collectors.toCollection(ArrayList::new));
        Slice<DirectoryEntry> slice = Slice.of(rows, search.limit());
        if (search.backward()) {
            List<DirectoryEntry> turned = new ArrayList<>(slice.items());
            Collections.reverse(turned);
            return new Slice<>(turned, slice.hasMore());
        }
        return slice;
    }

    @Override
    public long countUpTo(DirectoryFilter filter, int cap) {
        return matches(filter).limit(cap + 1L).count();
    }

    private Stream<Company> matches(DirectoryFilter filter) {
        String text = filter.text().map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        TaxIdSearch taxId = filter.text().map(TaxIdSearch::of).orElse(null);
        return table.rows()
                .filter(c -> filter.access().admits(CompanyScope.of(c)))
                .filter(c -> text == null || c.details().nameKey().startsWith(text) || taxId.finds(c.taxId()))
                .filter(c -> filter.customerGroupId().map(c.details().customerGroupId()::equals).orElse(true))
                .filter(c -> filter.salesRepresentativeId().map(c.details().salesRepresentativeId()::equals).orElse(true))
                .filter(c -> filter.status().map(s -> c.status() == s).orElse(true))
                .filter(c -> filter.country().map(country -> country(c).equals(Optional.of(country.value()))).orElse(true));
    }

    private Optional<String> country(Company company) {
        return addressBooks.load(company.id()).defaultBilling().map(a -> a.details().country().value());
    }

    private DirectoryEntry entry(Company c) {
        CompanyDetails d = c.details();
        Optional<String> contactName = c.contactPerson().flatMap(members::find)
                .flatMap(m -> users.find(m.userId())).map(u -> u.name().fullName());
        return new DirectoryEntry(c.id(), d.name(), d.taxId().value(), d.customerGroupId(),
                groups.find(d.customerGroupId()).orElseThrow().name(), d.salesRepresentativeId(),
                users.find(d.salesRepresentativeId()).orElseThrow().name().fullName(), c.contactPerson(), contactName,
                c.status(), Math.toIntExact(members.countByCompany(c.id())), country(c), c.createdAt(), c.updatedAt());
    }

    /** A stand-in entry at the key's place, to compare rows with. */
    private static DirectoryEntry keyed(DirectoryKey key, DirectoryOrder order) {
        Instant at = order == DirectoryOrder.NAME ? Instant.EPOCH : Instant.parse(key.value());
        String name = order == DirectoryOrder.NAME ? key.value() : "";
        return new DirectoryEntry(key.id(), name, "", null, "", null, "", Optional.empty(), Optional.empty(), null, 0,
                Optional.empty(), at, at);
    }

    /** The order's column as the database compares it, then the id as its text sorts. */
    private static Comparator<DirectoryEntry> directoryOrder(DirectoryOrder order) {
        Comparator<DirectoryEntry> byColumn = switch (order) {
            case NAME -> Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT));
            case CREATED -> Comparator.comparing(DirectoryEntry::createdAt);
            case UPDATED -> Comparator.comparing(DirectoryEntry::updatedAt);
        };
        return byColumn.thenComparing(e -> e.id().toString());
    }

    private static boolean isAfter(Company company, Key key) {
        int byName = company.details().nameKey().compareTo(key.nameKey());
        return byName > 0 || byName == 0 && company.id().toString().compareTo(key.id().toString()) > 0;
    }

    /** What the database's composite foreign key from the contact person to the company's members guards. */
    private void requireContactPersonIsMember(Company company) {
        company.contactPerson().ifPresent(id -> members.find(id)
                .filter(m -> m.companyId().equals(company.id()))
                .orElseThrow(() -> DomainException.ruleViolated(CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER,
                        "The contact person must be a member of this company.")));
    }

    private void requireTaxIdFree(Company company) {
        if (table.rows().anyMatch(c -> c.taxId().equals(company.taxId()) && !c.id().equals(company.id()))) {
            throw DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN,
                    "A company with tax ID " + company.taxId() + " exists already.");
        }
    }
}
