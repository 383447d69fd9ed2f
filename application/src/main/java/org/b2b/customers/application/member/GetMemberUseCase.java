package org.b2b.customers.application.member;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;

/** Reads one member of a company, with the version an edit of them names. */
public interface GetMemberUseCase {

    MemberView get(Actor actor, CompanyId companyId, MemberId memberId);
}
