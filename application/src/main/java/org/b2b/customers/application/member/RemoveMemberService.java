package org.b2b.customers.application.member;

import java.util.LinkedHashMap;
import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.user.User;

/**
 * Removes a member from their company; their user stays, in the pool, and can be added again, but their bearer
 * tokens end, as a pool user may not sign in.
 */
final class RemoveMemberService implements RemoveMemberUseCase {

    private final UseCaseSupport support;
    private final CompanyMembers members;

    RemoveMemberService(UseCaseSupport support, CompanyMembers members) {
        this.support = support;
        this.members = members;
    }

    @Override
    public void remove(Actor actor, RemoveMemberCommand command) {
        support.runAsCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.MEMBER_REMOVE);
            Member member = members.of(company, command.memberId());
            command.expectedVersion().check(member.version(), MemberErrorCode.STALE_VERSION);
            member.requireRemovable(company);
            members.remove(actor, member);
            User user = members.userOf(member);

            Map<String, String> details = new LinkedHashMap<>();
            details.put("memberId", member.id().toString());
            details.put("userId", user.id().toString());
            details.put("email", user.email().value());
            details.put("role", member.role().value());
            support.history().companyChange(actor, company.id(), "member.removed", details);
        });
    }
}
