package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.OrderRow;
import org.b2b.customers.application.order.OrderUseCases;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.web.page.FormError;
import org.b2b.customers.web.page.Pages;
import org.b2b.customers.web.page.Paths;
import org.b2b.customers.web.page.SignedInArea;
import org.b2b.customers.web.page.SignedInPage.Request;

/** The Orders tab of a company's profile: its whole order history, newest first, a page at a time. */
final class OrderPages {

    static final String TAB = "orders";

    private final CompanyUseCases companies;
    private final OrderUseCases orders;
    private final Pages pages;

    OrderPages(CompanyUseCases companies, OrderUseCases orders, Pages pages) {
        this.companies = companies;
        this.orders = orders;
        this.pages = pages;
    }

    void install(SignedInArea area) {
        area.get(Paths.COMPANIES + "/{id}/" + TAB, CompanyPages.SECTION, this::orders);
    }

    private void orders(Request request) {
        CompanyId id = CompanyPages.companyIdOf(request);
        CompanyView company = companies.get().get(request.session().actor(), id);
        Optional<String> cursor = CursorPages.cursorOf(request);
        Page<OrderRow> page;
        int status = 200;
        List<FormError> errors = List.of();
        try {
            page = orders.list().listWithNames(request.session().actor(),
                    new ListOrdersQuery(id, new PageRequest(PageRequest.DEFAULT_LIMIT, cursor)));
        } catch (InvalidInputException e) {
            // Only a hand-edited or outdated cursor gets here: say so, and offer the first page rather than guess.
            page = new Page<>(List.of(), Optional.empty());
            status = 422;
            errors = List.of(new FormError("", request.m().text("list.unknownCursor")));
        }
        CursorPages links = new CursorPages(Paths.company(id, TAB), Map.of(), cursor.isEmpty(), page.nextCursor());
        pages.render(request.ctx(), status, "backoffice/company-orders.jte", request.frame(),
                new CompanyProfile<>(company, TAB, new OrderList(page.items(), links, errors)));
    }
}
