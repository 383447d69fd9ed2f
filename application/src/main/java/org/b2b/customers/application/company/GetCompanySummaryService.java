package org.b2b.customers.application.company;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Builds a company's summary. Counts come with the company; the orders themselves and the money they add up to
 * only for callers who may see the order history, so that a role without {@code order/view} learns no amounts.
 */
final class GetCompanySummaryService implements GetCompanySummaryUseCase {

    private final UseCaseSupport support;
    private final CompanyViews views;
    private final Members members;
    private final Invitations invitations;
    private final Orders orders;

    GetCompanySummaryService(UseCaseSupport support, CompanyViews views, Members members, Invitations invitations,
            Orders orders) {
        this.support = support;
        this.views = views;
        this.members = members;
        this.invitations = invitations;
        this.orders = orders;
    }

    @Override
    public CompanySummaryView summary(Actor actor, CompanyId companyId) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.COMPANY_VIEW);
            boolean seesOrders = caller.subject().decide(Permission.ORDER_VIEW, CompanyScope.of(company)).allowed();
            List<OrderView> latest = seesOrders
                    ? orders.listByCompany(company.id(), Optional.empty(), LATEST_ORDERS).items().stream()
                            .map(OrderView::of).toList()
                    : List.of();
            List<OrderTotalView> totals = seesOrders
                    ? orders.totalsByCompany(company.id()).stream().map(OrderTotalView::of).toList()
                    : List.of();
            return new CompanySummaryView(views.of(company), members.countByCompany(company.id()),
                    invitations.countPending(company.id(), support.clock().instant()),
                    orders.countByCompany(company.id()), latest, totals);
        });
    }
}
