package org.b2b.customers.application.company;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.support.Changes;
import org.b2b.customers.application.support.TokenRevocation;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyDetails;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.TaxId;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * Edits a company. Moving a company to another sales representative needs the edit permission on the company as
 * it is and as it will be, so a representative cannot hand a company to a colleague by accident. Deactivating a
 * company ends the bearer tokens of all its members.
 */
final class UpdateCompanyService implements UpdateCompanyUseCase {

    private final UseCaseSupport support;
    private final Companies companies;
    private final CompanyReferences references;
    private final CompanyViews views;
    private final TokenRevocation revocation;

    UpdateCompanyService(UseCaseSupport support, Companies companies, CompanyReferences references,
            CompanyViews views, TokenRevocation revocation) {
        this.support = support;
        this.companies = companies;
        this.references = references;
        this.views = views;
        this.revocation = revocation;
    }

    @Override
    public CompanyView update(Actor actor, UpdateCompanyCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.COMPANY_EDIT);
            command.expectedVersion().check(company.version(), CompanyErrorCode.STALE_VERSION);
            CompanyDetails before = company.details();
            var errors = support.validation().errorsOf(command);
            String name = command.name().map(n -> errors.check(() -> PlainText.require("name", n,
                    CompanyDetails.MAX_NAME_LENGTH))).orElse(before.name());
            TaxId taxId = command.taxId().map(t -> errors.check(() -> TaxId.parse("taxId", t))).orElse(before.taxId());
            var group = command.customerGroupId().map(g -> references.customerGroup(errors, g))
                    .orElse(before.customerGroupId());
            var representative = command.salesRepresentativeId().map(r -> references.salesRepresentative(errors, r))
                    .orElse(before.salesRepresentativeId());
            Optional<Website> website = command.website().map(w -> w.isBlank() ? Optional.<Website>empty()
                    : errors.check(() -> Optional.of(Website.parse("website", w)))).orElse(before.website());
            Optional<CompanyStatus> status = command.status().map(s -> errors.check(() -> CompanyStatus.parse("status", s)));
            errors.throwIfAny();

            Instant now = support.clock().instant();
            CompanyDetails after = new CompanyDetails(name, taxId, group, representative, website);
            Company changed = company;
            if (!after.equals(before)) {
                changed = changed.withDetails(after, now);
                caller.requireFor(Permission.COMPANY_EDIT, CompanyScope.of(changed));
                if (!taxId.equals(before.taxId()) && companies.findByTaxId(taxId).isPresent()) {
                    throw DomainException.conflict(CompanyErrorCode.TAX_ID_TAKEN,
                            "A company with tax ID " + taxId + " exists already.");
                }
            }
            if (status.isPresent() && status.get() != company.status()) {
                caller.require(Permission.COMPANY_DEACTIVATE, company);
                changed = status.get() == CompanyStatus.DEACTIVATED ? changed.deactivate(now) : changed.reactivate(now);
            }
            if (changed == company) {
                return views.of(company);
            }
            Company stored = companies.update(changed);
            if (company.isActive() && !stored.isActive()) {
                revocation.revokeAllOfMembersOf(stored.id());
            }
            support.history().companyChange(actor, company.id(), actionOf(company, stored), differences(company, stored));
            return views.of(stored);
        });
    }

    private static String actionOf(Company before, Company after) {
        if (before.status() != after.status()) {
            return after.isActive() ? "company.reactivated" : "company.deactivated";
        }
        return "company.updated";
    }

    private static Map<String, String> differences(Company before, Company after) {
        CompanyDetails b = before.details();
        CompanyDetails a = after.details();
        return new Changes()
                .compare("name", b.name(), a.name())
                .compare("taxId", b.taxId().value(), a.taxId().value())
                .compare("customerGroupId", b.customerGroupId().toString(), a.customerGroupId().toString())
                .compare("salesRepresentativeId", b.salesRepresentativeId().toString(), a.salesRepresentativeId().toString())
                .compare("website", b.website().map(Website::value).orElse(""), a.website().map(Website::value).orElse(""))
                .compare("status", before.status().name(), after.status().name())
                .details();
    }
}
