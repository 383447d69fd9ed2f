package org.b2b.customers.application.port.out;

import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/** The memberships of customer users in companies. */
public interface Members {

    /** Stores a new member; a user who is a member of any company already is a conflict ({@code member.user_in_company}). */
    Member add(Member member);

    /** Stores a changed member at the version it was read at; otherwise {@code member.stale_version}. */
    Member update(Member member);

    /** Deletes a member; the company's contact person cannot be deleted ({@code contact_person.cannot_be_removed}). */
    void remove(MemberId id);

    Optional<Member> find(MemberId id);

    Optional<Member> findByUser(UserId userId);

    /** A company's members in order of joining, then id. */
    Slice<Member> listByCompany(CompanyId companyId, Optional<Key> after, int limit);

    /**
     * A company's members as {@link #listByCompany} orders them, each with their user, read at once: a page of
     * members shows each one's name, email and phone.
     */
    Slice<WithUser> listWithUsers(CompanyId companyId, Optional<Key> after, int limit);

    /** A member's place in the order of joining, for keyset paging. */
    record Key(java.time.Instant joinedAt, MemberId id) {}

    /** A member and their user. */
    record WithUser(Member member, User user) {}
}
