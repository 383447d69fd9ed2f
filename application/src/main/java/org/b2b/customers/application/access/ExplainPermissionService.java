package org.b2b.customers.application.access;

import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.AccessDecision;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.UserErrorCode;
import org.b2b.customers.domain.user.UserId;

/**
 * Answers "may this user do that, and why" with the very decision the use cases make. A company the asking
 * administrator may not see is not found, so explaining reveals nothing that the company list would not.
 */
final class ExplainPermissionService implements ExplainPermissionUseCase {

    private final UseCaseSupport support;

    ExplainPermissionService(UseCaseSupport support) {
        this.support = support;
    }

    @Override
    public PermissionExplanation explain(Actor actor, ExplainPermissionQuery query) {
        return support.readingAsCaller(actor, caller -> {
            caller.require(Permission.ROLE_VIEW);
            var errors = support.validation().errorsOf(query);
            UserId userId = errors.check(() -> UserId.parse("userId", query.userId()));
            Permission permission = errors.check(() -> Permission.parse("policy", query.policy()));
            Optional<CompanyId> companyId = query.companyId().filter(c -> !c.isBlank())
                    .map(c -> errors.check(() -> CompanyId.parse("companyId", c)));
            errors.throwIfAny();
            AccessSubject subject = support.access().subjectOf(userId)
                    .orElseThrow(() -> DomainException.notFound(UserErrorCode.NOT_FOUND));
            AccessDecision decision = companyId
                    .map(id -> {
                        Company company = caller.company(id, Permission.COMPANY_VIEW);
                        return subject.decide(permission, CompanyScope.of(company));
                    })
                    .orElseGet(() -> subject.decide(permission));
            return PermissionExplanation.of(decision);
        });
    }
}
