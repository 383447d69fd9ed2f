package org.b2b.customers.application.company;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.order.OrderTotalView;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.port.out.CustomerGroups;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.CompanyScope;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.group.CustomerGroup;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.member.MemberStatus;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.domain.user.PhoneNumber;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.user.UserId;

/**
 * Builds a company's overview with the summary's rule: the orders and the money they add up to only for callers who
 * may see the order history. Each kind of count is one read, and the names of who placed the latest orders another.
 */
final class GetCompanyOverviewService implements GetCompanyOverviewUseCase {

    private final UseCaseSupport support;
    private final CompanyViews views;
    private final CustomerGroups groups;
    private final Users users;
    private final Members members;
    private final Invitations invitations;
    private final Orders orders;

    GetCompanyOverviewService(UseCaseSupport support, CompanyViews views, CustomerGroups groups, Users users,
            Members members, Invitations invitations, Orders orders) {
        this.support = support;
        this.views = views;
        this.groups = groups;
        this.users = users;
        this.members = members;
        this.invitations = invitations;
        this.orders = orders;
    }

    @Override
    public CompanyOverview overview(Actor actor, CompanyId companyId) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.COMPANY_VIEW);
            CompanyScope scope = CompanyScope.of(company);
            boolean seesOrders = caller.subject().decide(Permission.ORDER_VIEW, scope).allowed();
            boolean seesMembers = caller.subject().decide(Permission.MEMBER_VIEW, scope).allowed();
            Map<MemberStatus, Long> memberCounts = members.countByStatus(company.id());
            Map<InvitationStatus, Long> invitationCounts =
                    invitations.countByStatus(company.id(), support.clock().instant());
            return new CompanyOverview(views.of(company), customerGroupName(company),
                    salesRepresentativeName(company), company.contactPerson().map(id -> contactPerson(id, seesMembers)),
                    memberCounts.get(MemberStatus.ACTIVE), memberCounts.get(MemberStatus.DISABLED),
                    invitationCounts.get(InvitationStatus.PENDING), invitationCounts.get(InvitationStatus.EXPIRED),
                    orders.countByCompany(company.id()),
                    seesOrders ? orders.totalsByCompany(company.id()).stream().map(OrderTotalView::of).toList() : List.of(),
                    seesOrders ? latestOrders(company) : List.of(),
                    caller.subject().decide(Permission.COMPANY_EDIT, scope).allowed());
        });
    }

    /** A company's group and representative exist as long as it does, so a missing one is broken data. */
    private String customerGroupName(Company company) {
        return groups.find(company.details().customerGroupId()).map(CustomerGroup::name)
                .orElseThrow(() -> new IllegalStateException(company + " has no customer group"));
    }

    private String salesRepresentativeName(Company company) {
        UserId representative = company.details().salesRepresentativeId();
        return Optional.ofNullable(users.namesOf(List.of(representative)).get(representative)).map(PersonName::fullName)
                .orElseThrow(() -> new IllegalStateException(company + " has no sales representative " + representative));
    }

    /** The contact person is an existing member by the companies table's foreign key, so a missing one is broken data. */
    private ContactPersonView contactPerson(MemberId id, boolean withWaysToReach) {
        Member member = members.find(id).orElseThrow(() -> new IllegalStateException("no contact person " + id));
        User user = users.find(member.userId())
                .orElseThrow(() -> new IllegalStateException(member + " has no user " + member.userId()));
        return withWaysToReach
                ? new ContactPersonView(id, user.name().fullName(), Optional.of(user.email().value()),
                        user.phone().map(PhoneNumber::value))
                : new ContactPersonView(id, user.name().fullName(), Optional.empty(), Optional.empty());
    }

    private List<OverviewOrder> latestOrders(Company company) {
        return orders.listWithPlacers(company.id(), Optional.empty(), LATEST_ORDERS).items().stream()
                .map(row -> new OverviewOrder(OrderView.of(row.order()), row.placedBy().map(PersonName::fullName)))
                .toList();
    }
}
