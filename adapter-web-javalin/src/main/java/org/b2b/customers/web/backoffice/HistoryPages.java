package org.b2b.customers.web.backoffice;

import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.history.CompanyHistoryQuery;
import org.b2b.customers.application.history.HistoryEntryView;
import org.b2b.customers.application.history.HistoryUseCases;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Messages;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/** The History tab of a company's profile: who changed what and when, newest first, of every kind or of one. */
final class HistoryPages {

    static final String TAB = "history";

    private final CompanyUseCases companies;
    private final HistoryUseCases history;
    private final Pages pages;

    HistoryPages(CompanyUseCases companies, HistoryUseCases history, Pages pages) {
        this.companies = companies;
        this.history = history;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.COMPANIES + "/{id}/" + TAB, CompanyPages.SECTION, this::history);
    }

    private void history(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        CompanyView company = companies.get().get(request.session().actor(), id);
        String kind = Optional.ofNullable(request.ctx().queryParam("kind")).map(String::strip).orElse("");
        CursorPage<HistoryEntryView> page = CursorPage.read(request, Paths.company(id, TAB), Map.of("kind", kind),
                at -> history.ofCompany().history(request.session().actor(),
                        new CompanyHistoryQuery(id, Optional.of(kind).filter(k -> !k.isEmpty()), at)),
                e -> e.errors().stream().map(error -> errorOf(request.m(), error)).distinct().toList());
        pages.render(request.ctx(), page.status(), "backoffice/company-history.jte", request.frame(),
                new CompanyProfile<>(company, TAB, new HistoryList(kind, page.items(), page.links(), page.errors())));
    }

    /** An unknown kind is about the select, which the summary links to; a cursor is about no field on the page. */
    private static FormError errorOf(Messages m, FieldError error) {
        return error.field().equals("kind")
                ? new FormError("kind", m.text("history.unknownKind"))
                : new FormError("", m.text("list.unknownCursor"));
    }
}
