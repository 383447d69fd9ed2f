package org.b2b.customers.web.backoffice;

import java.util.List;
import java.util.Map;
import org.b2b.customers.application.company.CompanyUseCases;
import org.b2b.customers.application.company.CompanyView;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.OrderRow;
import org.b2b.customers.application.order.OrderUseCases;
import org.b2b.customers.domain.company.CompanyId;
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
        // Only a cursor can be refused here: say so, and offer the first page.
        CursorPage<OrderRow> page = CursorPage.read(request, Paths.company(id, TAB), Map.of(),
                at -> orders.list().listWithNames(request.session().actor(), new ListOrdersQuery(id, at)),
                e -> List.of(new FormError("", request.m().text("list.unknownCursor"))));
        pages.render(request.ctx(), page.status(), "backoffice/company-orders.jte", request.frame(),
                new CompanyProfile<>(company, TAB, new OrderList(page.items(), page.links(), page.errors())));
    }
}
