package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;

/** Reads one member of a company. */
final class GetMemberService implements GetMemberUseCase {

    private final UseCaseSupport support;
    private final CompanyMembers members;
    private final MemberViews views;

    GetMemberService(UseCaseSupport support, CompanyMembers members, MemberViews views) {
        this.support = support;
        this.members = members;
        this.views = views;
    }

    @Override
    public MemberView get(Actor actor, CompanyId companyId, MemberId memberId) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.MEMBER_VIEW);
            return views.of(members.of(company, memberId));
        });
    }
}
