package org.b2b.customers.application.member;

import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.RoleIdentifier;

/**
 * Keeps a company able to manage itself in the portal: a company admin cannot disable, demote or remove
 * themselves while no other active company admin remains. Staff are not held back — they can always repair a
 * company, and a company with no admin (before its first one joins, say) is a state they work with anyway.
 */
final class SelfLockout {

    private static final int PAGE = 200;

    private final Members members;

    SelfLockout(Members members) {
        this.members = members;
    }

    /** Checks a change of {@code before} into {@code after}, which is empty when the member leaves. */
    void check(Actor actor, Member before, Optional<Member> after) {
        boolean self = before.userId().equals(actor.userId());
        boolean losesAdmin = isActiveAdmin(before) && after.filter(SelfLockout::isActiveAdmin).isEmpty();
        if (self && losesAdmin && !anotherActiveAdmin(before)) {
            throw DomainException.ruleViolated(MemberErrorCode.LAST_COMPANY_ADMIN,
                    "You are the last active company admin of your company and cannot disable, demote or remove "
                            + "yourself; make another member company admin first.");
        }
    }

    private boolean anotherActiveAdmin(Member member) {
        Optional<Members.Key> after = Optional.empty();
        while (true) {
            Slice<Member> slice = members.listByCompany(member.companyId(), after, PAGE);
            if (slice.items().stream().anyMatch(m -> !m.id().equals(member.id()) && isActiveAdmin(m))) {
                return true;
            }
            if (!slice.hasMore()) {
                return false;
            }
            after = Optional.of(new Members.Key(slice.last().joinedAt(), slice.last().id()));
        }
    }

    private static boolean isActiveAdmin(Member member) {
        return member.isActive() && member.role().equals(RoleIdentifier.COMPANY_ADMIN);
    }
}
