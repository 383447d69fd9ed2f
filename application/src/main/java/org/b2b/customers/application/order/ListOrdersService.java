package org.b2b.customers.application.order;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.user.PersonName;

/** Pages through a company's order history, newest first. */
final class ListOrdersService implements ListOrdersUseCase {

    private final UseCaseSupport support;
    private final Orders orders;
    private final Users users;

    ListOrdersService(UseCaseSupport support, Orders orders, Users users) {
        this.support = support;
        this.orders = orders;
        this.users = users;
    }

    @Override
    public Page<OrderView> list(Actor actor, ListOrdersQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Slice<Order> slice = slice(caller, query);
            return new Page<>(slice.items().stream().map(OrderView::of).toList(), next(slice));
        });
    }

    @Override
    public Page<OrderRow> listWithNames(Actor actor, ListOrdersQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Slice<Order> slice = slice(caller, query);
            Set<MemberId> placers = slice.items().stream().flatMap(o -> o.placedBy().stream())
                    .collect(Collectors.toSet());
            Map<MemberId, PersonName> names = placers.isEmpty() ? Map.of() : users.namesOfMembers(placers);
            return new Page<>(slice.items().stream().map(order -> new OrderRow(OrderView.of(order),
                    order.placedBy().map(names::get).map(PersonName::fullName))).toList(), next(slice));
        });
    }

    private Slice<Order> slice(Caller caller, ListOrdersQuery query) {
        Company company = caller.company(query.companyId(), Permission.ORDER_VIEW);
        var errors = support.validation().errorsOf(query);
        Optional<Orders.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                parts -> new Orders.Key(Instant.parse(parts.get(0)), OrderId.parse("cursor", parts.get(1)))));
        errors.throwIfAny();
        return orders.listByCompany(company.id(), after, query.page().limit());
    }

    private static Optional<String> next(Slice<Order> slice) {
        return slice.hasMore()
                ? Optional.of(Cursors.encode(slice.last().placedAt(), slice.last().id()))
                : Optional.empty();
    }
}
