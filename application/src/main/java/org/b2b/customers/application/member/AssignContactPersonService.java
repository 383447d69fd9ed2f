package org.b2b.customers.application.member;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.member.AssignContactPersonCommand;
import org.b2b.customers.application.member.AssignContactPersonUseCase;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.company.CompanyViews;
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

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Companies companies;
    private final Members members;
    private final MemberViews memberViews;
    private final CompanyViews companyViews;
    private final HistoryRecorder history;
    private final Clock clock;

    AssignContactPersonService(Transactions transactions, AccessControl access, CommandValidation validation,
            Companies companies, Members members, Users users, AddressBooks addressBooks, HistoryRecorder history,
            Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.companies = companies;
        this.members = members;
        this.memberViews = new MemberViews(users);
        this.companyViews = new CompanyViews(addressBooks);
        this.history = history;
        this.clock = clock;
    }

    @Override
    public CompanyView assign(Actor actor, AssignContactPersonCommand command) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.COMPANY_EDIT);
            command.expectedVersion().check(company.version(), CompanyErrorCode.STALE_VERSION);
            var errors = validation.errorsOf(command);
            MemberId memberId = errors.check(() -> MemberId.parse("memberId", command.memberId()));
            errors.throwIfAny();

            Member member = members.find(memberId).orElseThrow(() -> DomainException.ruleViolated(
                    CompanyErrorCode.CONTACT_PERSON_NOT_A_MEMBER, "The contact person must be a member of this company."));
            Company changed = member.appointContactPerson(company, clock.instant());
            if (company.contactPerson().equals(changed.contactPerson())) {
                return companyViews.of(company);
            }
            Company stored = companies.update(changed);

            Map<String, String> details = new LinkedHashMap<>();
            company.contactPerson().ifPresent(previous -> details.put("previousMemberId", previous.toString()));
            details.put("memberId", member.id().toString());
            details.put("email", memberViews.userOf(member).email().value());
            history.companyChange(actor, company.id(), "company.contact_person_assigned", details);
            return companyViews.of(stored);
        });
    }
}
