package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.COMPANIES;
import static org.b2b.customers.persistence.schema.Tables.MEMBERS;
import static org.b2b.customers.persistence.schema.Tables.USERS;
import static org.b2b.customers.persistence.schema.Tables.USER_STAFF_ROLES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.domain.access.UserScope;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.EmailAddress;
import org.b2b.customers.domain.user.PasswordHash;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.domain.user.UserType;
import org.b2b.customers.persistence.schema.tables.records.UsersRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** Users with their staff roles; emails unique, names searchable by case-folded prefix. */
final class JooqUsers implements Users {

    private static final List<SortField<?>> EMAIL_ORDER = List.of(USERS.EMAIL.asc(), USERS.ID.asc());
    /** The last user of the page before, whose place in the email order the next page starts after. */
    private static final org.b2b.customers.persistence.schema.tables.Users LAST = USERS.as("last_user");

    private final JooqTransactions transactions;
    /** Every use case reads its caller by id: a row for each of their staff roles, or one with none. */
    private final RenderedQuery byIdWithStaffRoles;

    JooqUsers(JooqTransactions transactions) {
        this.transactions = transactions;
        this.byIdWithStaffRoles = RenderedQuery.of(transactions, DSL.select(USERS.fields())
                .select(USER_STAFF_ROLES.ROLE_IDENTIFIER).from(USERS)
                .leftJoin(USER_STAFF_ROLES).on(USER_STAFF_ROLES.USER_ID.eq(USERS.ID))
                .where(USERS.ID.eq(RenderedQuery.placeholder(USERS.ID))));
    }

    @Override
    public User add(User user) {
        DSLContext dsl = transactions.dsl();
        try {
            dsl.insertInto(USERS)
                    .set(USERS.ID, user.id().value())
                    .set(USERS.EMAIL, user.email().value())
                    .set(USERS.FIRST_NAME, user.name().firstName())
                    .set(USERS.LAST_NAME, user.name().lastName())
                    .set(USERS.FIRST_NAME_KEY, Prefix.key(user.name().firstName()))
                    .set(USERS.LAST_NAME_KEY, Prefix.key(user.name().lastName()))
                    .set(USERS.PHONE, user.phone().map(PhoneNumber::value).orElse(null))
                    .set(USERS.TYPE, user.type().name())
                    .set(USERS.PASSWORD_HASH, user.passwordHash().encoded())
                    .set(USERS.CREATED_AT, user.createdAt())
                    .set(USERS.VERSION, user.version())
                    .execute();
        } catch (DataAccessException e) {
            throw translate(e, user);
        }
        insertStaffRoles(dsl, user);
        return user;
    }

    @Override
    public User update(User user) {
        DSLContext dsl = transactions.dsl();
        int updated;
        try {
            updated = dsl.update(USERS)
                    .set(USERS.EMAIL, user.email().value())
                    .set(USERS.FIRST_NAME, user.name().firstName())
                    .set(USERS.LAST_NAME, user.name().lastName())
                    .set(USERS.FIRST_NAME_KEY, Prefix.key(user.name().firstName()))
                    .set(USERS.LAST_NAME_KEY, Prefix.key(user.name().lastName()))
                    .set(USERS.PHONE, user.phone().map(PhoneNumber::value).orElse(null))
                    .set(USERS.PASSWORD_HASH, user.passwordHash().encoded())
                    .set(USERS.VERSION, user.version() + 1)
                    .where(USERS.ID.eq(user.id().value()).and(USERS.VERSION.eq(user.version())))
                    .execute();
        } catch (DataAccessException e) {
            throw translate(e, user);
        }
        if (updated == 0) {
            throw Versions.refusal(dsl.fetchExists(USERS, USERS.ID.eq(user.id().value())),
                    UserErrorCode.STALE_VERSION, UserErrorCode.NOT_FOUND);
        }
        dsl.deleteFrom(USER_STAFF_ROLES).where(USER_STAFF_ROLES.USER_ID.eq(user.id().value())).execute();
        insertStaffRoles(dsl, user);
        return user.atVersion(user.version() + 1);
    }

    @Override
    public Optional<User> find(UserId id) {
        return byIdWithStaffRoles.read(rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            Function<Set<RoleIdentifier>, User> user = user(rows);
            Set<RoleIdentifier> staffRoles = new HashSet<>();
            do {
                String role = rows.get(USER_STAFF_ROLES.ROLE_IDENTIFIER);
                if (role != null) {
                    staffRoles.add(new RoleIdentifier(role));
                }
            } while (rows.next());
            return Optional.of(user.apply(Set.copyOf(staffRoles)));
        }, id.value());
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return one(USERS.EMAIL.eq(email.value()));
    }

    /** The ids are written into the statement as literals, as a page of company ids is (see JooqAddressBooks). */
    @Override
    public Map<UserId, PersonName> namesOf(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return transactions.dsl().select(USERS.ID, USERS.FIRST_NAME, USERS.LAST_NAME).from(USERS)
                .where(USERS.ID.in(ids.stream().map(id -> DSL.inline(id.value(), USERS.ID)).toList()))
                .fetch().stream()
                .collect(Collectors.toUnmodifiableMap(r -> new UserId(r.value1()),
                        r -> new PersonName(r.value2(), r.value3())));
    }

    /** The emails are joined as a table: {@link Keys} says why. */
    @Override
    public Set<EmailAddress> staffOrMembersAmong(Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        return transactions.dsl().select(USERS.EMAIL)
                .from(Keys.of(USERS.EMAIL, emails.stream().map(EmailAddress::value).toList()))
                .join(USERS).on(USERS.EMAIL.eq(Keys.KEY))
                .where(USERS.TYPE.eq(UserType.STAFF.name())
                        .orExists(DSL.selectOne().from(MEMBERS).where(MEMBERS.USER_ID.eq(USERS.ID))))
                .fetchSet(row -> new EmailAddress(row.value1()));
    }

    @Override
    public boolean anyStaff() {
        return transactions.dsl().fetchExists(USERS, USERS.TYPE.eq(UserType.STAFF.name()));
    }

    @Override
    public Slice<User> search(Search search) {
        DSLContext dsl = transactions.dsl();
        return Slice.of(withStaffRoles(dsl, firstRows(dsl, search)), search.limit());
    }

    /**
     * The page is read as {@link #search} reads it; the staff roles and the membership of its users come in one more
     * statement, and the ids are written into it as literals, as in {@link #namesOf}.
     */
    @Override
    public Slice<WithMembership> searchWithMemberships(Search search) {
        DSLContext dsl = transactions.dsl();
        List<UsersRecord> rows = firstRows(dsl, search);
        if (rows.isEmpty()) {
            return new Slice<>(List.of(), false);
        }
        Field<Result<Record1<String>>> staffRoles = DSL.multiset(DSL.select(USER_STAFF_ROLES.ROLE_IDENTIFIER)
                .from(USER_STAFF_ROLES).where(USER_STAFF_ROLES.USER_ID.eq(USERS.ID)));
        Map<UUID, Record> roles = dsl.select(USERS.ID, staffRoles).select(MEMBERS.fields())
                .from(USERS).leftJoin(MEMBERS).on(MEMBERS.USER_ID.eq(USERS.ID))
                .where(USERS.ID.in(rows.stream().map(r -> DSL.inline(r.getId(), USERS.ID)).toList()))
                .fetchMap(USERS.ID);
        return Slice.of(rows.stream().map(r -> {
            Record more = roles.get(r.getId());
            Set<RoleIdentifier> held = more.get(staffRoles).stream().map(role -> new RoleIdentifier(role.value1()))
                    .collect(Collectors.toUnmodifiableSet());
            Optional<Member> membership = Optional.ofNullable(more.get(MEMBERS.ID))
                    .map(id -> JooqMembers.member(more.into(MEMBERS)));
            return new WithMembership(user(Row.of(r)).apply(held), membership);
        }).toList(), search.limit());
    }

    private static List<UsersRecord> firstRows(DSLContext dsl, Search search) {
        UserScope scope = search.scope();
        // Staff by name only: their email is no search key and their roles no filter, or either would tell them.
        Condition notStaffByNameOnly = scope.staffInFull() ? DSL.noCondition()
                : USERS.TYPE.ne(UserType.STAFF.name());
        List<Condition> where = new ArrayList<>();
        where.add(inScope(scope));
        search.type().ifPresent(type -> where.add(USERS.TYPE.eq(type.name())));
        search.role().ifPresent(role -> where.add(USERS.ID.in(holdersOf(role, scope.staffInFull()))));
        if (search.unassigned()) {
            where.add(USERS.TYPE.eq(UserType.CUSTOMER.name())
                    .andNotExists(DSL.selectOne().from(MEMBERS).where(MEMBERS.USER_ID.eq(USERS.ID))));
        }
        search.after().ifPresent(last -> where.add(DSL.row(USERS.EMAIL, USERS.ID).gt(DSL.select(LAST.EMAIL, LAST.ID)
                .from(LAST).where(LAST.ID.eq(last.value())))));
        List<Condition> prefixes = search.text().map(Prefix::key).map(text -> List.of(
                Prefix.of(USERS.EMAIL, text).and(notStaffByNameOnly),
                Prefix.of(USERS.FIRST_NAME_KEY, text), Prefix.of(USERS.LAST_NAME_KEY, text)))
                .orElse(List.of(DSL.noCondition()));
        return PrefixSearch.firstRows(dsl, USERS, prefixes, where, EMAIL_ORDER, search.limit() + 1);
    }

    /**
     * The users who hold a role, as the staff who have it and the members who have it: read as a set of ids and not
     * as an {@code EXISTS} for each user, which walked every user to find the few staff. Staff are left out where
     * the scope may not filter them by role.
     */
    private static Select<Record1<UUID>> holdersOf(RoleIdentifier role, boolean staffToo) {
        Select<Record1<UUID>> members = DSL.select(MEMBERS.USER_ID).from(MEMBERS)
                .where(MEMBERS.ROLE_IDENTIFIER.eq(role.value()));
        return staffToo ? DSL.select(USER_STAFF_ROLES.USER_ID).from(USER_STAFF_ROLES)
                .where(USER_STAFF_ROLES.ROLE_IDENTIFIER.eq(role.value())).union(members) : members;
    }

    /** The users a scope holds: staff, the pool, and members of the companies it admits; no condition for all. */
    private static Condition inScope(UserScope scope) {
        if (scope.isEveryone()) {
            return DSL.noCondition();
        }
        Condition member = DSL.exists(DSL.selectOne().from(MEMBERS).where(MEMBERS.USER_ID.eq(USERS.ID)));
        Condition held = DSL.falseCondition();
        if (scope.staff()) {
            held = held.or(USERS.TYPE.eq(UserType.STAFF.name()));
        }
        if (scope.pool()) {
            held = held.or(USERS.TYPE.eq(UserType.CUSTOMER.name()).andNot(member));
        }
        if (!scope.members().isNone()) {
            held = held.or(DSL.exists(DSL.selectOne().from(MEMBERS).join(COMPANIES)
                    .on(COMPANIES.ID.eq(MEMBERS.COMPANY_ID))
                    .where(MEMBERS.USER_ID.eq(USERS.ID)).and(JooqCompanies.admitted(scope.members()))));
        }
        return held;
    }

    private Optional<User> one(Condition condition) {
        DSLContext dsl = transactions.dsl();
        return withStaffRoles(dsl, dsl.selectFrom(USERS).where(condition).fetch()).stream().findFirst();
    }

    private static List<User> withStaffRoles(DSLContext dsl, List<UsersRecord> rows) {
        Map<UUID, Set<RoleIdentifier>> roles = rows.isEmpty() ? Map.of() : dsl.selectFrom(USER_STAFF_ROLES)
                .where(USER_STAFF_ROLES.USER_ID.in(rows.stream().map(UsersRecord::getId).toList()))
                .fetchGroups(USER_STAFF_ROLES.USER_ID, r -> new RoleIdentifier(r.getRoleIdentifier()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        return rows.stream().map(r -> user(Row.of(r)).apply(roles.getOrDefault(r.getId(), Set.of()))).toList();
    }

    private static void insertStaffRoles(DSLContext dsl, User user) {
        if (user.staffRoles().isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(USER_STAFF_ROLES, USER_STAFF_ROLES.USER_ID, USER_STAFF_ROLES.ROLE_IDENTIFIER);
        for (RoleIdentifier role : user.staffRoles()) {
            insert = insert.values(user.id().value(), role.value());
        }
        insert.execute();
    }

    private static RuntimeException translate(DataAccessException e, User user) {
        return Constraints.translate(e, Map.of(
                "users_email_unique", () -> DomainException.conflict(UserErrorCode.EMAIL_TAKEN,
                        "A user with email " + user.email() + " exists already."),
                "users_pk", () -> new IllegalStateException("user " + user.id() + " exists")));
    }

    /** The user of a row, once their staff roles are known. */
    static Function<Set<RoleIdentifier>, User> user(Row r) {
        UserId id = new UserId(r.get(USERS.ID));
        EmailAddress email = new EmailAddress(r.get(USERS.EMAIL));
        PersonName name = new PersonName(r.get(USERS.FIRST_NAME), r.get(USERS.LAST_NAME));
        Optional<PhoneNumber> phone = Optional.ofNullable(r.get(USERS.PHONE)).map(PhoneNumber::new);
        UserType type = UserType.valueOf(r.get(USERS.TYPE));
        PasswordHash passwordHash = new PasswordHash(r.get(USERS.PASSWORD_HASH));
        Instant createdAt = r.get(USERS.CREATED_AT);
        long version = r.get(USERS.VERSION);
        return staffRoles -> User.restore(id, email, name, phone, type, staffRoles, passwordHash, createdAt, version);
    }
}
