package org.b2b.customers.application.support;

import java.util.Optional;
import java.util.function.Function;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.domain.access.AccessDecision;
import org.b2b.customers.domain.access.AccessErrorCode;
import org.b2b.customers.domain.access.AccessSubject;
import org.b2b.customers.domain.access.CompanyFilter;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;

/**
 * The acting user inside one use case, with the policy checks every use case makes before it touches anything.
 * A company the caller may not view is reported as not found, exactly like one that does not exist.
 */
public final class Caller {

    private final Actor actor;
    private final AccessSubject subject;
    private final CompanyLookup companies;

    Caller(Actor actor, AccessSubject subject, CompanyLookup companies) {
        this.actor = actor;
        this.subject = subject;
        this.companies = companies;
    }

    public Actor actor() {
        return actor;
    }

    public AccessSubject subject() {
        return subject;
    }

    /** Loads a company the caller may see and use the permission on. */
    public Company company(CompanyId id, Permission permission) {
        return company(companies.find(id), Function.identity(), permission);
    }

    /**
     * A company read together with more (its billing address, its counts), once the caller may see it and use the
     * permission on it: what was not found and what the caller may not see are refused alike.
     */
    public <T> T company(Optional<T> read, Function<T, Company> companyOf, Permission permission) {
        T found = read.orElseThrow(() -> DomainException.notFound(CompanyErrorCode.NOT_FOUND));
        require(permission, companyOf.apply(found));
        return found;
    }

    /** Refuses unless the caller may use the permission on this company; hides it when they may not even see it. */
    public void require(Permission permission, Company company) {
        CompanyScope scope = CompanyScope.of(company);
        requireVisible(scope);
        if (permission == Permission.COMPANY_VIEW) {
            return; // just decided, by requireVisible
        }
        AccessDecision decision = subject.decide(permission, scope);
        if (!decision.allowed()) {
            throw forbidden(permission, decision);
        }
    }

    /** Refuses unless the caller may use the permission on a company that would have this scope (a new one). */
    public void requireFor(Permission permission, CompanyScope scope) {
        AccessDecision decision = subject.decide(permission, scope);
        if (!decision.allowed()) {
            throw forbidden(permission, decision);
        }
    }

    /** Refuses unless the caller holds the permission without limitation. */
    public void require(Permission permission) {
        AccessDecision decision = subject.decide(permission);
        if (!decision.allowed()) {
            throw forbidden(permission, decision);
        }
    }

    /** Refuses unless the permission reaches at least some companies, before a use case looks at its input. */
    public void requireSomewhere(Permission permission) {
        if (subject.filter(permission).isNone()) {
            throw forbidden(permission, subject.decide(permission));
        }
    }

    /** Which companies the permission reaches, for lists. */
    public CompanyFilter filter(Permission permission) {
        return subject.filter(permission);
    }

    private void requireVisible(CompanyScope scope) {
        if (!subject.decide(Permission.COMPANY_VIEW, scope).allowed()) {
            throw DomainException.notFound(CompanyErrorCode.NOT_FOUND);
        }
    }

    private static DomainException forbidden(Permission permission, AccessDecision decision) {
        return DomainException.forbidden(AccessErrorCode.DENIED, "Not allowed to " + permission.description() + ": "
                + decision.reason() + ".");
    }
}
