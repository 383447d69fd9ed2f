package org.b2b.customers.web.backoffice;

import org.b2b.customers.application.company.CompanyOverview;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/** A company's profile: its tabs, each a page of its own address. */
final class CompanyPages {

    static final String SECTION = "companies";

    private final CompanyUseCases companies;
    private final Pages pages;

    CompanyPages(CompanyUseCases companies, Pages pages) {
        this.companies = companies;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.COMPANIES + "/{id}", SECTION, this::summary);
    }

    private void summary(Request request) {
        CompanyOverview overview = companies.overview().overview(request.session().actor(), companyIdOf(request));
        pages.render(request.ctx(), 200, "backoffice/company-summary.jte", request.frame(),
                new CompanyProfile<>(overview.company(), "summary", overview, overview.editable()));
    }

    /** The company a path names; a path naming none leads nowhere, as an unknown company does. */
    static CompanyId companyIdOf(Request request) {
        try {
            return CompanyId.parse("id", request.ctx().pathParam("id"));
        } catch (InvalidInputException e) {
            throw DomainException.notFound(CompanyErrorCode.NOT_FOUND);
        }
    }
}
