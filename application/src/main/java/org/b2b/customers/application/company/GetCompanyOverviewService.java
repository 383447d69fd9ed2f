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
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;

/**
 * Builds a company's overview with the summary's rule: the orders and the money they add up to only for callers who
 * may see the order history. The company comes with its names and counts in one read; the totals and the latest
 * orders with who placed them are one read each, and only for those callers.
 */
final class GetCompanyOverviewService implements GetCompanyOverviewUseCase {

    private final UseCaseSupport support;
    private final Companies companies;
    private final Orders orders;

    GetCompanyOverviewService(UseCaseSupport support, Companies companies, Orders orders) {
        this.support = support;
        this.companies = companies;
        this.orders = orders;
    }

    @Override
    public CompanyOverview overview(Actor actor, CompanyId companyId) {
        return support.readingAsCaller(actor, caller -> {
            Companies.Overview read = caller.company(companies.findOverview(companyId, support.clock().instant()),
                    Companies.Overview::company, Permission.COMPANY_VIEW);
            CompanyScope scope = CompanyScope.of(read.company());
            boolean seesOrders = caller.subject().decide(Permission.ORDER_VIEW, scope).allowed();
            boolean seesMembers = caller.subject().decide(Permission.MEMBER_VIEW, scope).allowed();
            return new CompanyOverview(CompanyViews.of(read), read.customerGroupName(),
                    read.salesRepresentativeName().fullName(),
                    read.contactPerson().map(contact -> contactPerson(contact, seesMembers)), read.activeMembers(),
                    read.disabledMembers(), read.pendingInvitations(), read.expiredInvitations(), read.orders(),
                    seesOrders ? orders.totalsByCompany(companyId).stream().map(OrderTotalView::of).toList() : List.of(),
                    seesOrders ? latestOrders(companyId) : List.of(),
                    caller.subject().decide(Permission.COMPANY_EDIT, scope).allowed());
        });
    }

    private static ContactPersonView contactPerson(Companies.ContactPerson contact, boolean withWaysToReach) {
        return withWaysToReach
                ? new ContactPersonView(contact.id(), contact.name().fullName(), Optional.of(contact.email().value()),
                        contact.phone().map(PhoneNumber::value))
                : new ContactPersonView(contact.id(), contact.name().fullName(), Optional.empty(), Optional.empty());
    }

    private List<OverviewOrder> latestOrders(CompanyId companyId) {
        return orders.listWithPlacers(companyId, Optional.empty(), LATEST_ORDERS).items().stream()
                .map(row -> new OverviewOrder(OrderView.of(row.order()), row.placedBy().map(PersonName::fullName)))
                .toList();
    }
}
