package org.b2b.customers.application.member;

import java.util.LinkedHashMap;
import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.company.CompanyViews;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;

/**
 * Chooses a company's contact person among its active members. An unknown member gets the same refusal as a
 * member of another company, so the answer tells nothing about other companies' members.
 */
final class AssignContactPersonService implements AssignContactPersonUseCase {

    private final UseCaseSupport support;
    private final Companies companies;
    private final CompanyMembers members;
    private final CompanyViews companyViews;

    AssignContactPersonService(UseCaseSupport support, Companies companies, CompanyMembers members,
            CompanyViews companyViews) {
        this.support = support;
        this.companies = companies;
        this.members = members;
        this.companyViews = companyViews;
    }

    @Override
    public CompanyView assign(Actor actor, AssignContactPersonCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.COMPANY_EDIT);
            command.expectedVersion().check(company.version(), CompanyErrorCode.STALE_VERSION);
            var errors = support.validation().errorsOf(command);
            MemberId memberId = errors.check(() -> MemberId.parse("memberId", command.memberId()));
            errors.throwIfAny();

            Member member = members.find(memberId).orElseThrow(() -> DomainException.ruleViolated(
                    CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER, "The contact person must be a member of this company."));
            Company changed = member.appointContactPerson(company, support.clock().instant());
            if (company.contactPerson().equals(changed.contactPerson())) {
                return companyViews.of(company);
            }
            Company stored = companies.update(changed);

            Map<String, String> details = new LinkedHashMap<>();
            company.contactPerson().ifPresent(previous -> details.put("previousMemberId", previous.toString()));
            details.put("memberId", member.id().toString());
            details.put("email", members.userOf(member).email().value());
            support.history().companyChange(actor, company.id(), "company.contact_person_assigned", details);
            return companyViews.of(stored);
        });
    }
}
