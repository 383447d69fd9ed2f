package org.b2b.customers.application.company;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.order.OrderTotalView;

/**
 * A company as a person reads it on its Summary tab: its customer group and sales representative by name, its contact
 * person, how many members are active and disabled, how many invitations are pending and expired, how many orders it
 * has, what they add up to per currency and the latest of them (newest first) with who placed each. The totals and the
 * latest orders are empty for a caller who may see the company but not its orders; the contact person's email and
 * phone for a caller who may not see its members. {@code editable} tells whether the caller may edit the company, so
 * that a page offers "Edit" only to those it will not refuse.
 */
public record CompanyOverview(
        CompanyView company, String customerGroupName, String salesRepresentativeName,
        Optional<ContactPersonView> contactPerson, long activeMembers, long disabledMembers, long pendingInvitations,
        long expiredInvitations, long orders, List<OrderTotalView> totals, List<OverviewOrder> latestOrders,
        boolean editable) {

    public CompanyOverview {
        requireNonNull(company);
        requireNonNull(customerGroupName);
        requireNonNull(salesRepresentativeName);
        requireNonNull(contactPerson);
        totals = List.copyOf(totals);
        latestOrders = List.copyOf(latestOrders);
    }
}
