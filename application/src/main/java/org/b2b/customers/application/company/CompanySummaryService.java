package org.b2b.customers.application.company;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.company.CompanySummaryView;
import org.b2b.customers.application.company.GetCompanySummaryUseCase;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.port.out.AddressBooks;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;

/**
 * Builds a company's summary. Counts come with the company; the orders themselves and the money they add up to
 * only for callers who may see the order history, so that a role without {@code order/view} learns no amounts.
 */
final class CompanySummaryService implements GetCompanySummaryUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final CompanyViews views;
    private final Members members;
    private final Invitations invitations;
    private final Orders orders;
    private final Clock clock;

    CompanySummaryService(Transactions transactions, AccessControl access, AddressBooks addressBooks,
            Members members, Invitations invitations, Orders orders, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.views = new CompanyViews(addressBooks);
        this.members = members;
        this.invitations = invitations;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public CompanySummaryView summary(Actor actor, CompanyId companyId) {
        return transactions.inTransaction(() -> {
            Caller caller = access.caller(actor);
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
                    invitations.countPending(company.id(), clock.instant()), orders.countByCompany(company.id()),
                    latest, totals);
        });
    }
}
