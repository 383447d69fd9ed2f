package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.ADDRESSES;
import static org.b2b.customers.persistence.schema.Tables.COMPANIES;
import static org.b2b.customers.persistence.schema.Tables.CUSTOMER_GROUPS;
import static org.b2b.customers.persistence.schema.Tables.INVITATIONS;
import static org.b2b.customers.persistence.schema.Tables.MEMBERS;
import static org.b2b.customers.persistence.schema.Tables.ORDERS;
import static org.b2b.customers.persistence.schema.Tables.USERS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.TaxIdSearch;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.persistence.schema.tables.Members;
import org.b2b.customers.persistence.schema.tables.Users;
import org.b2b.customers.persistence.schema.tables.records.CompaniesRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Companies, listed in the order of their case-folded name ({@code name_key}) and id. The database guards the tax
 * ID's uniqueness and, by a composite foreign key, that the contact person is a member of the company.
 */
final class JooqCompanies implements Companies {

    private static final List<SortField<?>> NAME_ORDER = List.of(COMPANIES.NAME_KEY.asc(), COMPANIES.ID.asc());

    private final JooqTransactions transactions;
    /** Most use cases read a company by id. */
    private final RenderedQuery byId;
    /** Most reads of a company answer with its view, which shows the default billing address. */
    private final RenderedQuery byIdWithDefaultBilling;

    JooqCompanies(JooqTransactions transactions) {
        this.transactions = transactions;
        this.byId = RenderedQuery.of(transactions, COMPANIES,
                DSL.selectFrom(COMPANIES).where(COMPANIES.ID.eq(RenderedQuery.placeholder(COMPANIES.ID))));
        this.byIdWithDefaultBilling = RenderedQuery.of(transactions, DSL.select(COMPANIES.fields())
                .select(ADDRESSES.fields()).from(COMPANIES)
                .leftJoin(ADDRESSES).on(ADDRESSES.COMPANY_ID.eq(COMPANIES.ID), JooqAddressBooks.DEFAULT_BILLING)
                .where(COMPANIES.ID.eq(RenderedQuery.placeholder(COMPANIES.ID))));
    }

    @Override
    public Company add(Company company) {
        try {
            transactions.dsl().insertInto(COMPANIES).set(record(company)).execute();
        } catch (DataAccessException e) {
            throw translate(e, company);
        }
        return company;
    }

    @Override
    public Company update(Company company) {
        DSLContext dsl = transactions.dsl();
        CompaniesRecord next = record(company.atVersion(company.version() + 1));
        next.changed(COMPANIES.ID, false);
        next.changed(COMPANIES.CREATED_AT, false);
        int updated;
        try {
            updated = dsl.update(COMPANIES).set(next)
                    .where(COMPANIES.ID.eq(company.id().value()).and(COMPANIES.VERSION.eq(company.version())))
                    .execute();
        } catch (DataAccessException e) {
            throw translate(e, company);
        }
        if (updated == 0) {
            throw Versions.refusal(dsl.fetchExists(COMPANIES, COMPANIES.ID.eq(company.id().value())),
                    CompanyErrorCode.STALE_VERSION, CompanyErrorCode.NOT_FOUND);
        }
        return company.atVersion(company.version() + 1);
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        return byId.fetchOne(JooqCompanies::company, id.value());
    }

    @Override
    public Optional<WithBilling> findWithDefaultBilling(CompanyId id) {
        return byIdWithDefaultBilling.fetchOne(r -> new WithBilling(company(r),
                Optional.ofNullable(r.get(ADDRESSES.ID)).map(address -> JooqAddressBooks.address(r))), id.value());
    }

    /**
     * One statement: the names by joins (the group and the representative exist by foreign keys), and each count by a
     * subquery on its own table's company index, so that no count multiplies the rows of another.
     */
    @Override
    public Optional<Overview> findOverview(CompanyId id, Instant now) {
        Users rep = USERS.as("rep");
        Users contact = USERS.as("contact");
        Members contactMember = MEMBERS.as("contact_member");
        Field<Integer> activeMembers = membersAt(MemberStatus.ACTIVE).as("active_members");
        Field<Integer> disabledMembers = membersAt(MemberStatus.DISABLED).as("disabled_members");
        Field<Integer> pendingInvitations = invitationsAt(InvitationStatus.PENDING, now).as("pending_invitations");
        Field<Integer> expiredInvitations = invitationsAt(InvitationStatus.EXPIRED, now).as("expired_invitations");
        Field<Integer> orders = DSL.field(DSL.selectCount().from(ORDERS).where(ORDERS.COMPANY_ID.eq(COMPANIES.ID)))
                .as("orders");
        return transactions.dsl()
                .select(COMPANIES.fields()).select(ADDRESSES.fields())
                .select(CUSTOMER_GROUPS.NAME, rep.FIRST_NAME, rep.LAST_NAME, contact.FIRST_NAME, contact.LAST_NAME,
                        contact.EMAIL, contact.PHONE, activeMembers, disabledMembers, pendingInvitations,
                        expiredInvitations, orders)
                .from(COMPANIES)
                .join(CUSTOMER_GROUPS).on(CUSTOMER_GROUPS.ID.eq(COMPANIES.CUSTOMER_GROUP_ID))
                .join(rep).on(rep.ID.eq(COMPANIES.SALES_REPRESENTATIVE_ID))
                .leftJoin(contactMember).on(contactMember.ID.eq(COMPANIES.CONTACT_PERSON_MEMBER_ID))
                .leftJoin(contact).on(contact.ID.eq(contactMember.USER_ID))
                .leftJoin(ADDRESSES).on(ADDRESSES.COMPANY_ID.eq(COMPANIES.ID), JooqAddressBooks.DEFAULT_BILLING)
                .where(COMPANIES.ID.eq(id.value()))
                .fetchOptional(r -> new Overview(company(Row.of(r)),
                        Optional.ofNullable(r.get(ADDRESSES.ID)).map(address -> JooqAddressBooks.address(Row.of(r))),
                        r.get(CUSTOMER_GROUPS.NAME), new PersonName(r.get(rep.FIRST_NAME), r.get(rep.LAST_NAME)),
                        Optional.ofNullable(r.get(COMPANIES.CONTACT_PERSON_MEMBER_ID)).map(member -> new ContactPerson(
                                new MemberId(member), new PersonName(r.get(contact.FIRST_NAME), r.get(contact.LAST_NAME)),
                                new EmailAddress(r.get(contact.EMAIL)),
                                Optional.ofNullable(r.get(contact.PHONE)).map(PhoneNumber::new))),
                        r.get(activeMembers), r.get(disabledMembers), r.get(pendingInvitations),
                        r.get(expiredInvitations), r.get(orders)));
    }

    private static Field<Integer> membersAt(MemberStatus status) {
        return DSL.field(DSL.selectCount().from(MEMBERS)
                .where(MEMBERS.COMPANY_ID.eq(COMPANIES.ID), MEMBERS.STATUS.eq(DSL.inline(status.name()))));
    }

    private static Field<Integer> invitationsAt(InvitationStatus status, Instant now) {
        return DSL.field(DSL.selectCount().from(INVITATIONS)
                .where(INVITATIONS.COMPANY_ID.eq(COMPANIES.ID), JooqInvitations.withStatus(status, now)));
    }

    @Override
    public Optional<Company> findByTaxId(TaxId taxId) {
        return transactions.dsl().selectFrom(COMPANIES).where(COMPANIES.TAX_ID.eq(taxId.value())).fetchOptional()
                .map(r -> company(Row.of(r)));
    }

    @Override
    public Slice<Company> search(Search search) {
        List<Condition> where = new ArrayList<>();
        where.add(admitted(search.access()));
        search.customerGroupId().ifPresent(id -> where.add(COMPANIES.CUSTOMER_GROUP_ID.eq(id.value())));
        search.salesRepresentativeId().ifPresent(id -> where.add(COMPANIES.SALES_REPRESENTATIVE_ID.eq(id.value())));
        search.status().ifPresent(status -> where.add(COMPANIES.STATUS.eq(status.name())));
        search.after().ifPresent(key -> where.add(DSL.row(COMPANIES.NAME_KEY, COMPANIES.ID).gt(key.nameKey(), key.id().value())));
        List<Condition> prefixes = search.text().map(text -> List.of(Prefix.of(COMPANIES.NAME_KEY, Prefix.key(text)),
                taxIdFoundBy(text))).orElse(List.of(DSL.noCondition()));
        return Slice.of(PrefixSearch.firstRows(transactions.dsl(), COMPANIES, prefixes, where, NAME_ORDER, search.limit() + 1)
                .stream().map(r -> company(Row.of(r))).toList(), search.limit());
    }

    @Override
    public Slice<DirectoryEntry> directory(DirectorySearch search) {
        Field<?> sortColumn = switch (search.order()) {
            case NAME -> COMPANIES.NAME_KEY;
            case CREATED -> COMPANIES.CREATED_AT;
            case UPDATED -> COMPANIES.UPDATED_AT;
        };
        // Read backward, the rows just before the key come first in the reversed order, and are turned round below.
        boolean ascending = search.descending() == search.backward();
        List<Condition> where = directoryConditions(search.filter());
        search.from().ifPresent(key -> where.add(beyond(search.order(), key, ascending)));
        List<SortField<?>> order = ascending ? List.of(sortColumn.asc(), COMPANIES.ID.asc())
                : List.of(sortColumn.desc(), COMPANIES.ID.desc());
        int limit = search.limit() + 1;
        // The page's ids are found first, on the companies alone, and only its rows are joined with the names they
        // show: joined before the limit, a search made the database join every match.
        DSLContext dsl = transactions.dsl();
        Select<Record> firstMatches = union(textBranches(search.filter()).stream()
                .map(text -> dsl.select(List.of(COMPANIES.ID, sortColumn)).from(matchesOf(search.filter()))
                        .where(where).and(text).orderBy(order).limit(limit))
                .toList());
        Table<Record> matches = firstMatches.asTable("matches");
        Field<?> matchKey = matches.field(sortColumn);
        Field<UUID> matchId = matches.field(COMPANIES.ID);
        Select<Record1<UUID>> page = dsl.select(matchId).from(matches)
                .orderBy(ascending ? List.of(matchKey.asc(), matchId.asc()) : List.of(matchKey.desc(), matchId.desc()))
                .limit(limit);
        Users rep = USERS.as("rep");
        Users contact = USERS.as("contact");
        Field<Integer> memberCount = DSL.field(DSL.selectCount().from(MEMBERS).where(MEMBERS.COMPANY_ID.eq(COMPANIES.ID)))
                .as("member_count");
        List<DirectoryEntry> rows = new ArrayList<>(dsl
                .select(COMPANIES.ID, COMPANIES.NAME, COMPANIES.TAX_ID, COMPANIES.CUSTOMER_GROUP_ID, CUSTOMER_GROUPS.NAME,
                        COMPANIES.SALES_REPRESENTATIVE_ID, rep.FIRST_NAME, rep.LAST_NAME,
                        COMPANIES.CONTACT_PERSON_MEMBER_ID, contact.FIRST_NAME, contact.LAST_NAME, COMPANIES.STATUS,
                        memberCount, ADDRESSES.COUNTRY, COMPANIES.CREATED_AT, COMPANIES.UPDATED_AT)
                .from(COMPANIES)
                .join(CUSTOMER_GROUPS).on(CUSTOMER_GROUPS.ID.eq(COMPANIES.CUSTOMER_GROUP_ID))
                .join(rep).on(rep.ID.eq(COMPANIES.SALES_REPRESENTATIVE_ID))
                .leftJoin(MEMBERS).on(MEMBERS.ID.eq(COMPANIES.CONTACT_PERSON_MEMBER_ID))
                .leftJoin(contact).on(contact.ID.eq(MEMBERS.USER_ID))
                .leftJoin(ADDRESSES).on(defaultBillingOf(COMPANIES.ID))
                .where(COMPANIES.ID.in(page))
                .orderBy(order)
                .fetch(r -> entry(r, rep, contact, memberCount)));
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
        // Counting stops one row past the cap, in each branch of a search: enough to say "more than cap" without
        // reading every match. A company both branches find is counted once by the union.
        DSLContext dsl = transactions.dsl();
        List<Condition> where = directoryConditions(filter);
        Select<Record1<UUID>> matches = union(textBranches(filter).stream()
                .map(text -> dsl.select(COMPANIES.ID).from(matchesOf(filter)).where(where).and(text).limit(cap + 1))
                .toList());
        return dsl.selectCount().from(matches.asTable("matches")).fetchOne(0, Long.class);
    }

    /** The companies, with their default billing address only where the filter asks for its country. */
    private static Table<?> matchesOf(DirectoryFilter filter) {
        return filter.country().isEmpty() ? COMPANIES
                : COMPANIES.join(ADDRESSES).on(defaultBillingOf(COMPANIES.ID));
    }

    /**
     * A search's text as one condition for each column it may match: an {@code OR} of the two prefixes makes both
     * databases walk the whole name index, while each branch alone reads its own index range.
     */
    private static List<Condition> textBranches(DirectoryFilter filter) {
        return filter.text().map(text -> List.of(Prefix.of(COMPANIES.NAME_KEY, Prefix.key(text)), taxIdFoundBy(text)))
                .orElse(List.of(DSL.noCondition()));
    }

    private static <R extends Record> Select<R> union(List<? extends Select<R>> branches) {
        Select<R> union = branches.get(0);
        for (Select<R> branch : branches.subList(1, branches.size())) {
            union = union.union(branch);
        }
        return union;
    }

    private static Condition defaultBillingOf(Field<UUID> company) {
        return ADDRESSES.COMPANY_ID.eq(company).and(ADDRESSES.DEFAULT_KEY.eq(DSL.inline(AddressType.BILLING.name())));
    }

    private static List<Condition> directoryConditions(DirectoryFilter filter) {
        List<Condition> where = new ArrayList<>();
        where.add(admitted(filter.access()));
        filter.customerGroupId().ifPresent(id -> where.add(COMPANIES.CUSTOMER_GROUP_ID.eq(id.value())));
        filter.salesRepresentativeId().ifPresent(id -> where.add(COMPANIES.SALES_REPRESENTATIVE_ID.eq(id.value())));
        filter.status().ifPresent(status -> where.add(COMPANIES.STATUS.eq(status.name())));
        filter.country().ifPresent(country -> where.add(ADDRESSES.COUNTRY.eq(country.value())));
        return where;
    }

    /** The rows past the key in the order read: after it ascending, before it descending. */
    private static Condition beyond(DirectoryOrder order, DirectoryKey key, boolean ascending) {
        var id = key.id().value();
        return switch (order) {
            case NAME -> ascending ? DSL.row(COMPANIES.NAME_KEY, COMPANIES.ID).gt(key.value(), id)
                    : DSL.row(COMPANIES.NAME_KEY, COMPANIES.ID).lt(key.value(), id);
            case CREATED -> ascending ? DSL.row(COMPANIES.CREATED_AT, COMPANIES.ID).gt(Instant.parse(key.value()), id)
                    : DSL.row(COMPANIES.CREATED_AT, COMPANIES.ID).lt(Instant.parse(key.value()), id);
            case UPDATED -> ascending ? DSL.row(COMPANIES.UPDATED_AT, COMPANIES.ID).gt(Instant.parse(key.value()), id)
                    : DSL.row(COMPANIES.UPDATED_AT, COMPANIES.ID).lt(Instant.parse(key.value()), id);
        };
    }

    private static DirectoryEntry entry(Record r, Users rep, Users contact, Field<Integer> memberCount) {
        return new DirectoryEntry(new CompanyId(r.get(COMPANIES.ID)), r.get(COMPANIES.NAME), r.get(COMPANIES.TAX_ID),
                new CustomerGroupId(r.get(COMPANIES.CUSTOMER_GROUP_ID)), r.get(CUSTOMER_GROUPS.NAME),
                new UserId(r.get(COMPANIES.SALES_REPRESENTATIVE_ID)),
                new PersonName(r.get(rep.FIRST_NAME), r.get(rep.LAST_NAME)).fullName(),
                Optional.ofNullable(r.get(COMPANIES.CONTACT_PERSON_MEMBER_ID)).map(MemberId::new),
                Optional.ofNullable(r.get(contact.FIRST_NAME))
                        .map(first -> new PersonName(first, r.get(contact.LAST_NAME)).fullName()),
                CompanyStatus.valueOf(r.get(COMPANIES.STATUS)), r.get(memberCount),
                Optional.ofNullable(r.get(ADDRESSES.COUNTRY)), r.get(COMPANIES.CREATED_AT), r.get(COMPANIES.UPDATED_AT));
    }

    /** The tax IDs the text finds; a literal, like {@link Prefix}, for H2's plan of a branch of a union. */
    private static Condition taxIdFoundBy(String text) {
        TaxIdSearch search = TaxIdSearch.of(text);
        return search.byPrefix() ? Prefix.of(COMPANIES.TAX_ID, search.key())
                : COMPANIES.TAX_ID.eq(DSL.inline(search.key()));
    }

    /** The companies a filter admits, as a condition on {@code COMPANIES}; also used by the users' scope. */
    static Condition admitted(CompanyFilter access) {
        if (access.all()) {
            return DSL.noCondition();
        }
        Condition admitted = DSL.falseCondition();
        if (access.representedBy().isPresent()) {
            admitted = admitted.or(COMPANIES.SALES_REPRESENTATIVE_ID.eq(access.representedBy().get().value()));
        }
        if (access.ownCompany().isPresent()) {
            admitted = admitted.or(COMPANIES.ID.eq(access.ownCompany().get().value()));
        }
        return admitted;
    }

    private static RuntimeException translate(DataAccessException e, Company company) {
        return Constraints.translate(e, Map.of(
                "companies_tax_id_unique", () -> DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN,
                        "A company with tax ID " + company.taxId() + " exists already."),
                "companies_contact_person_fk", () -> DomainException.ruleViolated(CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER,
                        "The contact person must be a member of this company."),
                "companies_pk", () -> new IllegalStateException("company " + company.id() + " exists")));
    }

    private static CompaniesRecord record(Company company) {
        CompanyDetails details = company.details();
        CompaniesRecord r = new CompaniesRecord();
        r.setId(company.id().value());
        r.setName(details.name());
        r.setNameKey(details.nameKey());
        r.setTaxId(details.taxId().value());
        r.setCustomerGroupId(details.customerGroupId().value());
        r.setSalesRepresentativeId(details.salesRepresentativeId().value());
        r.setWebsite(details.website().map(Website::value).orElse(null));
        r.setStatus(company.status().name());
        r.setContactPersonMemberId(company.contactPerson().map(MemberId::value).orElse(null));
        r.setCreatedAt(company.createdAt());
        r.setUpdatedAt(company.updatedAt());
        r.setVersion(company.version());
        return r;
    }

    private static Company company(Row r) {
        return Company.restore(new CompanyId(r.get(COMPANIES.ID)),
                new CompanyDetails(r.get(COMPANIES.NAME), new TaxId(r.get(COMPANIES.TAX_ID)),
                        new CustomerGroupId(r.get(COMPANIES.CUSTOMER_GROUP_ID)),
                        new UserId(r.get(COMPANIES.SALES_REPRESENTATIVE_ID)),
                        Optional.ofNullable(r.get(COMPANIES.WEBSITE)).map(Website::new)),
                CompanyStatus.valueOf(r.get(COMPANIES.STATUS)),
                Optional.ofNullable(r.get(COMPANIES.CONTACT_PERSON_MEMBER_ID)).map(MemberId::new),
                r.get(COMPANIES.CREATED_AT), r.get(COMPANIES.UPDATED_AT), r.get(COMPANIES.VERSION));
    }
}
