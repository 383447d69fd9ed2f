package org.b2b.customers.application.order;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;

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
        return support.asCaller(actor, caller -> {
            Company company = caller.company(query.companyId(), Permission.ORDER_VIEW);
            var errors = support.validation().errorsOf(query);
            Optional<Orders.Key> after = errors.check(() -> Cursors.decode(query.page().cursor(), 2,
                    parts -> new Orders.Key(Instant.parse(parts.get(0)), OrderId.parse("cursor", parts.get(1)))));
            errors.throwIfAny();
            Slice<Order> slice = orders.listByCompany(company.id(), after, query.page().limit());
            Optional<String> next = slice.hasMore()
                    ? Optional.of(Cursors.encode(slice.last().placedAt(), slice.last().id()))
                    : Optional.empty();
            return new Page<>(slice.items().stream().map(OrderView::of).toList(), next);
        });
    }
}
