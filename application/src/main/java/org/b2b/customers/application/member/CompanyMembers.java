package org.b2b.customers.application.member;

import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.support.TokenRevocation;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.User;

/**
 * A company's members as the use cases on one member reach them: found only inside the company worked on, changed
 * or removed only without {@link SelfLockout locking the company out}, and with the tokens of one who loses access
 * ended in the same transaction.
 */
final class CompanyMembers {

    private final Members members;
    private final MemberViews views;
    private final SelfLockout selfLockout;
    private final TokenRevocation revocation;

    CompanyMembers(Members members, MemberViews views, TokenRevocation revocation) {
        this.members = members;
        this.views = views;
        this.selfLockout = new SelfLockout(members);
        this.revocation = revocation;
    }

    /** The member of this company; a member of any other company is not found. */
    Member of(Company company, MemberId id) {
        return members.find(id).filter(m -> m.companyId().equals(company.id()))
                .orElseThrow(() -> DomainException.notFound(MemberErrorCode.NOT_FOUND));
    }

    /** The member, whichever company they belong to, for rules the domain checks itself. */
    Optional<Member> find(MemberId id) {
        return members.find(id);
    }

    User userOf(Member member) {
        return views.userOf(member);
    }

    /** Stores {@code after}, the actor's change of {@code before}; a member it disables can no longer use a token. */
    Member update(Actor actor, Member before, Member after) {
        selfLockout.check(actor, before, Optional.of(after));
        Member stored = members.update(after);
        if (before.isActive() && !stored.isActive()) {
            revocation.revokeAllOf(before.userId());
        }
        return stored;
    }

    /** Removes the member, whose user stays in the pool but can no longer use a token. */
    void remove(Actor actor, Member member) {
        selfLockout.check(actor, member, Optional.empty());
        members.remove(member.id());
        revocation.revokeAllOf(member.userId());
    }
}
