package org.b2b.customers.application.order;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Caller;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.user.PersonName;

/** Pages through a company's order history, newest first. */
final class ListOrdersService implements ListOrdersUseCase {

    private final UseCaseSupport support;
    private final Orders orders;

    ListOrdersService(UseCaseSupport support, Orders orders) {
        this.support = support;
        this.orders = orders;
    }

    @Override
    public Page<OrderView> list(Actor actor, ListOrdersQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Slice<Order> slice = orders.listByCompany(company(caller, query), after(query), query.page().limit());
            Optional<String> next = slice.hasMore() ? Optional.of(cursor(slice.last())) : Optional.empty();
            return new Page<>(slice.items().stream().map(OrderView::of).toList(), next);
        });
    }

    @Override
    public Page<OrderRow> listWithNames(Actor actor, ListOrdersQuery query) {
        return support.readingAsCaller(actor, caller -> {
            Slice<Orders.WithPlacer> slice = orders.listWithPlacers(company(caller, query), after(query),
                    query.page().limit());
            Optional<String> next = slice.hasMore() ? Optional.of(cursor(slice.last().order())) : Optional.empty();
            return new Page<>(slice.items().stream().map(row -> new OrderRow(OrderView.of(row.order()),
                    row.placedBy().map(PersonName::fullName))).toList(), next);
        });
    }

    private static CompanyId company(Caller caller, ListOrdersQuery query) {
        return caller.company(query.companyId(), Permission.ORDER_VIEW).id();
    }

    private Optional<Orders.Key> after(ListOrdersQuery query) {
        var errors = support.validation().errorsOf(query);
        Optional<Orders.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                parts -> new Orders.Key(Instant.parse(parts.get(0)), OrderId.parse("cursor", parts.get(1)))));
        errors.throwIfAny();
        return after;
    }

    private static String cursor(Order last) {
        return Cursors.encode(last.placedAt(), last.id());
    }
}
