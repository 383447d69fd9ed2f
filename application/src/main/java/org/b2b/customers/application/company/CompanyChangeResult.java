package org.b2b.customers.application.company;

import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;

/**
 * What a change of many companies did to one of them: changed, unchanged because it was so already, or refused
 * with the refusal {@link UpdateCompanyUseCase} gave. The name is absent for a company the caller may not see.
 */
public record CompanyChangeResult(CompanyId companyId, Optional<String> name, Outcome outcome,
        Optional<DomainException> refusal) {

    /** How the change of one company ended. */
    public enum Outcome {
        CHANGED, UNCHANGED, REFUSED
    }

    static CompanyChangeResult changed(CompanyView company) {
        return new CompanyChangeResult(company.id(), Optional.of(company.name()), Outcome.CHANGED, Optional.empty());
    }

    static CompanyChangeResult unchanged(CompanyView company) {
        return new CompanyChangeResult(company.id(), Optional.of(company.name()), Outcome.UNCHANGED,
                Optional.empty());
    }

    static CompanyChangeResult refused(CompanyId companyId, Optional<String> name, DomainException refusal) {
        return new CompanyChangeResult(companyId, name, Outcome.REFUSED, Optional.of(refusal));
    }
}
