package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.COMPANIES;
import static org.b2b.customers.persistence.schema.Tables.MEMBERS;
import static org.b2b.customers.persistence.schema.Tables.USERS;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;
import org.b2b.customers.domain.user.UserId;
import org.b2b.customers.persistence.schema.tables.records.MembersRecord;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Members; a user is a member of at most one company (a unique user_id), and the company's contact person cannot
 * be deleted (the companies table's foreign key).
 */
final class JooqMembers implements Members {

    private final JooqTransactions transactions;

    JooqMembers(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Member add(Member member) {
        MembersRecord r = new MembersRecord();
        r.setId(member.id().value());
        r.setCompanyId(member.companyId().value());
        r.setUserId(member.userId().value());
        r.setRoleIdentifier(member.role().value());
        r.setStatus(member.status().name());
        r.setJoinedAt(member.joinedAt());
        r.setVersion(member.version());
        try {
            transactions.dsl().insertInto(MEMBERS).set(r).execute();
        } catch (DataAccessException e) {
            throw Constraints.translate(e, Map.of(
                    "members_user_unique", () -> DomainException.conflict(MemberErrorCode.USER_IN_COMPANY,
                            "The user is a member of a company already."),
                    "members_pk", () -> new IllegalStateException("member " + member.id() + " exists")));
        }
        return member;
    }

    @Override
    public Member update(Member member) {
        DSLContext dsl = transactions.dsl();
        int updated = dsl.update(MEMBERS)
                .set(MEMBERS.ROLE_IDENTIFIER, member.role().value())
                .set(MEMBERS.STATUS, member.status().name())
                .set(MEMBERS.VERSION, member.version() + 1)
                .where(MEMBERS.ID.eq(member.id().value()), MEMBERS.VERSION.eq(member.version()),
                        MEMBERS.COMPANY_ID.eq(member.companyId().value()), MEMBERS.USER_ID.eq(member.userId().value()))
                .execute();
        if (updated == 0) {
            Member stored = find(member.id()).orElseThrow(() -> DomainException.notFound(MemberErrorCode.NOT_FOUND));
            if (stored.version() != member.version()) {
                throw DomainException.staleVersion(MemberErrorCode.STALE_VERSION);
            }
            throw new IllegalStateException("a membership does not move between users or companies");
        }
        return member.atVersion(member.version() + 1);
    }

    /**
     * Locks the company's row before deleting, as an update that makes this member the contact person does: so the
     * two run one after the other, and the loser sees the winner's change. H2 checks foreign keys against committed
     * rows only, so without the lock both could pass.
     */
    @Override
    public void remove(MemberId id) {
        DSLContext dsl = transactions.dsl();
        Optional<UUID> company = dsl.select(MEMBERS.COMPANY_ID).from(MEMBERS).where(MEMBERS.ID.eq(id.value()))
                .fetchOptional(MEMBERS.COMPANY_ID);
        if (company.isEmpty()) {
            return;
        }
        Optional<UUID> contactPerson = dsl.select(COMPANIES.CONTACT_PERSON_MEMBER_ID).from(COMPANIES)
                .where(COMPANIES.ID.eq(company.get())).forUpdate()
                .fetchOptional(COMPANIES.CONTACT_PERSON_MEMBER_ID);
        if (contactPerson.filter(id.value()::equals).isPresent()) {
            throw cannotBeRemoved();
        }
        try {
            dsl.deleteFrom(MEMBERS).where(MEMBERS.ID.eq(id.value())).execute();
        } catch (DataAccessException e) {
            throw Constraints.translate(e, Map.of("companies_contact_person_fk", JooqMembers::cannotBeRemoved));
        }
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return transactions.dsl().selectFrom(MEMBERS).where(MEMBERS.ID.eq(id.value())).fetchOptional()
                .map(JooqMembers::member);
    }

    @Override
    public Optional<Member> findByUser(UserId userId) {
        return transactions.dsl().selectFrom(MEMBERS).where(MEMBERS.USER_ID.eq(userId.value())).fetchOptional()
                .map(JooqMembers::member);
    }

    @Override
    public Slice<Member> listByCompany(CompanyId companyId, Optional<Key> after, int limit) {
        return Slice.of(transactions.dsl().selectFrom(MEMBERS)
                .where(MEMBERS.COMPANY_ID.eq(companyId.value()))
                .and(after.map(k -> DSL.row(MEMBERS.JOINED_AT, MEMBERS.ID).gt(k.joinedAt(), k.id().value()))
                        .orElse(DSL.noCondition()))
                .orderBy(MEMBERS.JOINED_AT, MEMBERS.ID)
                .limit(limit + 1)
                .fetch(JooqMembers::member), limit);
    }

    /** The users are joined, not read per member; members are customers, who hold no staff roles. */
    @Override
    public Slice<WithUser> listWithUsers(CompanyId companyId, Optional<Key> after, int limit) {
        return Slice.of(transactions.dsl().select(MEMBERS.fields()).select(USERS.fields())
                .from(MEMBERS).join(USERS).on(USERS.ID.eq(MEMBERS.USER_ID))
                .where(MEMBERS.COMPANY_ID.eq(companyId.value()))
                .and(after.map(k -> DSL.row(MEMBERS.JOINED_AT, MEMBERS.ID).gt(k.joinedAt(), k.id().value()))
                        .orElse(DSL.noCondition()))
                .orderBy(MEMBERS.JOINED_AT, MEMBERS.ID)
                .limit(limit + 1)
                .fetch(r -> new WithUser(member(r.into(MEMBERS)), JooqUsers.user(Row.of(r)).apply(Set.of()))),
                limit);
    }

    private static DomainException cannotBeRemoved() {
        return DomainException.conflict(CompanyErrorCode.CONTACT_PERSON_CANNOT_BE_REMOVED,
                "This member is the company's contact person and cannot be removed; choose another contact person first.");
    }

    static Member member(MembersRecord r) {
        return member(Row.of(r));
    }

    static Member member(Row r) {
        return Member.restore(new MemberId(r.get(MEMBERS.ID)), new CompanyId(r.get(MEMBERS.COMPANY_ID)),
                new UserId(r.get(MEMBERS.USER_ID)), new RoleIdentifier(r.get(MEMBERS.ROLE_IDENTIFIER)),
                MemberStatus.valueOf(r.get(MEMBERS.STATUS)), r.get(MEMBERS.JOINED_AT), r.get(MEMBERS.VERSION));
    }
}
