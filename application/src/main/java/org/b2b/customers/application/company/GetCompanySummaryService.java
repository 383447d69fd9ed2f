package org.b2b.customers.application.company;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Builds a company's summary. Counts come with the company, in one read; the orders themselves and the money they add
 * up to only for callers who may see the order history, so that a role without {@code order/view} learns no amounts.
 */
final class GetCompanySummaryService implements GetCompanySummaryUseCase {

    private final UseCaseSupport support;
    private final Companies companies;
    private final Orders orders;

    GetCompanySummaryService(UseCaseSupport support, Companies companies, Orders orders) {
        this.support = support;
        this.companies = companies;
        this.orders = orders;
    }

    @Override
    public CompanySummaryView summary(Actor actor, CompanyId companyId) {
        return support.readingAsCaller(actor, caller -> {
            Companies.Overview read = caller.company(companies.findOverview(companyId, support.clock().instant()),
                    Companies.Overview::company, Permission.COMPANY_VIEW);
            boolean seesOrders = caller.subject().decide(Permission.ORDER_VIEW, CompanyScope.of(read.company()))
                    .allowed();
            List<OrderView> latest = seesOrders
                    ? orders.listByCompany(companyId, Optional.empty(), LATEST_ORDERS).items().stream()
                            .map(OrderView::of).toList()
                    : List.of();
            List<OrderTotalView> totals = seesOrders
                    ? orders.totalsByCompany(companyId).stream().map(OrderTotalView::of).toList()
                    : List.of();
            return new CompanySummaryView(CompanyViews.of(read),
                    read.members(), read.pendingInvitations(), read.orders(), latest, totals);
        });
    }
}
