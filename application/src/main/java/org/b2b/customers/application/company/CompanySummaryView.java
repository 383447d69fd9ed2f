package org.b2b.customers.application.company;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.OrderView;

/**
 * The Summary tab of a company: the company, how many members, pending invitations and orders it has, its latest
 * orders (newest first) and what its orders add up to per currency. The latest orders and the totals are empty for
 * a caller who may see the company but not its orders.
 */
public record CompanySummaryView(
        CompanyView company, long memberCount, long pendingInvitationCount, long orderCount,
        List<OrderView> latestOrders, List<OrderTotalView> totals) {

    public CompanySummaryView {
        requireNonNull(company);
        latestOrders = List.copyOf(latestOrders);
        totals = List.copyOf(totals);
    }
}
