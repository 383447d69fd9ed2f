package org.b2b.customers.application.member;

import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberErrorCode;
import org.b2b.customers.domain.shared.DomainException;

/** Finds a member inside the company a use case works on: a member of any other company is not found. */
final class CompanyMembers {

    private final Members members;

    CompanyMembers(Members members) {
        this.members = members;
    }

    Member of(Company company, MemberId id) {
        return members.find(id).filter(m -> m.companyId().equals(company.id()))
                .orElseThrow(() -> DomainException.notFound(MemberErrorCode.NOT_FOUND));
    }
}
