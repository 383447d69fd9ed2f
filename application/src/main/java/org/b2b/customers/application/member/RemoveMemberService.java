package org.b2b.customers.application.member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.member.RemoveMemberCommand;
import org.b2b.customers.application.member.RemoveMemberUseCase;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.TokenRevocation;
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

    private final Transactions transactions;
    private final AccessControl access;
    private final Members members;
    private final CompanyMembers companyMembers;
    private final SelfLockout selfLockout;
    private final MemberViews views;
    private final HistoryRecorder history;
    private final TokenRevocation revocation;

    RemoveMemberService(Transactions transactions, AccessControl access, Members members, Users users,
            HistoryRecorder history, TokenRevocation revocation) {
        this.transactions = transactions;
        this.access = access;
        this.members = members;
        this.companyMembers = new CompanyMembers(members);
        this.selfLockout = new SelfLockout(members);
        this.views = new MemberViews(users);
        this.history = history;
        this.revocation = revocation;
    }

    @Override
    public void remove(Actor actor, RemoveMemberCommand command) {
        transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.MEMBER_REMOVE);
            Member member = companyMembers.of(company, command.memberId());
            command.expectedVersion().check(member.version(), MemberErrorCode.STALE_VERSION);
            member.requireRemovable(company);
            selfLockout.check(actor, member, Optional.empty());
            User user = views.userOf(member);
            members.remove(member.id());
            revocation.revokeAllOf(user.id());

            Map<String, String> details = new LinkedHashMap<>();
            details.put("memberId", member.id().toString());
            details.put("userId", user.id().toString());
            details.put("email", user.email().value());
            details.put("role", member.role().value());
            history.companyChange(actor, company.id(), "member.removed", details);
        });
    }
}
