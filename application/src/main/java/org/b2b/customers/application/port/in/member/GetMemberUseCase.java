package org.b2b.customers.application.port.in.member;

import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;

/** Reads one member of a company, with the version an edit of them names. */
public interface GetMemberUseCase {

    MemberView get(Actor actor, CompanyId companyId, MemberId memberId);
}
