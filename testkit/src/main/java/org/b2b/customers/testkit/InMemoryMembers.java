package org.b2b.customers.testkit;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserId;

/**
 * Members in memory: a user is in at most one company, and, as the database's foreign key does, the companies
 * table refuses to lose the member who is a company's contact person.
 */
public final class InMemoryMembers implements Members {

    private static final Comparator<Member> JOIN_ORDER = Comparator
            .comparing(Member::joinedAt)
            .thenComparing(m -> m.id().toString());

    private final InMemoryTable<MemberId, Member> table;
    private InMemoryCompanies companies;
    private InMemoryUsers users;

    public InMemoryMembers(InMemoryStore store) {
        this.table = store.table("members");
    }

    /** The companies whose contact-person references this table guards. */
    void guardContactPersonsOf(InMemoryCompanies companiesTable) {
        this.companies = companiesTable;
    }

    /** The users whom {@link #listWithUsers} joins to their members. */
    void joinUsersOf(InMemoryUsers usersTable) {
        this.users = usersTable;
    }

    /** The company of a member, as a join of members and companies reads it: for the users' search scope. */
    Optional<Company> companyOf(Member member) {
        return companies.find(member.companyId());
    }

    @Override
    public Member add(Member member) {
        if (table.get(member.id()).isPresent()) {
            throw new IllegalStateException("member " + member.id() + " exists");
        }
        if (findByUser(member.userId()).isPresent()) {
            throw DomainException.conflict(MemberErrorCode.USER_IN_COMPANY, "The user is a member of a company already.");
        }
        table.put(member.id(), member);
        return member;
    }

    @Override
    public Member update(Member member) {
        Member stored = table.get(member.id()).orElseThrow(() -> DomainException.notFound(MemberErrorCode.NOT_FOUND));
        if (stored.version() != member.version()) {
            throw DomainException.staleVersion(MemberErrorCode.STALE_VERSION);
        }
        if (!stored.companyId().equals(member.companyId()) || !stored.userId().equals(member.userId())) {
            throw new IllegalStateException("a membership does not move between users or companies");
        }
        Member next = member.atVersion(member.version() + 1);
        table.put(member.id(), next);
        return next;
    }

    @Override
    public void remove(MemberId id) {
        Optional<Member> member = table.get(id);
        if (member.isEmpty()) {
            return;
        }
        if (companies != null) {
            companies.find(member.get().companyId()).ifPresent(c -> member.get().requireRemovable(c));
        }
        table.remove(id);
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return table.get(id);
    }

    @Override
    public Optional<Member> findByUser(UserId userId) {
        return table.rows().filter(m -> m.userId().equals(userId)).findFirst();
    }

    @Override
    public Slice<Member> listByCompany(CompanyId companyId, Optional<Key> after, int limit) {
        return Slice.of(table.rows()
                .filter(m -> m.companyId().equals(companyId))
                .filter(m -> after.map(k -> isAfter(m, k)).orElse(true))
                .sorted(JOIN_ORDER)
                .limit(limit + 1L)
                .toList(), limit);
    }

    @Override
    public Slice<WithUser> listWithUsers(CompanyId companyId, Optional<Key> after, int limit) {
        Slice<Member> slice = listByCompany(companyId, after, limit);
        return new Slice<>(slice.items().stream().map(m -> new WithUser(m, users.find(m.userId())
                .orElseThrow(() -> new IllegalStateException(m + " has no user")))).toList(), slice.hasMore());
    }

    long countByCompany(CompanyId companyId) {
        return table.rows().filter(m -> m.companyId().equals(companyId)).count();
    }

    Map<MemberStatus, Long> countByStatus(CompanyId companyId) {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, table.rows()
                    .filter(m -> m.companyId().equals(companyId) && m.status() == status)
                    .count());
        }
        return Collections.unmodifiableMap(counts);
    }

    private static boolean isAfter(Member member, Key key) {
        int byTime = member.joinedAt().compareTo(key.joinedAt());
        return byTime > 0 || byTime == 0 && member.id().toString().compareTo(key.id().toString()) > 0;
    }
}
