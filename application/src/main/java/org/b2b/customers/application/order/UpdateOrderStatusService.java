package org.b2b.customers.application.order;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.support.Changes;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderErrorCode;
import org.b2b.customers.domain.order.OrderStatus;
import org.b2b.customers.domain.shared.DomainException;

/**
 * Moves an order to another status. The order is looked up among the orders of the company named in the request,
 * so another company's order answers not found, exactly as an unknown one.
 */
final class UpdateOrderStatusService implements UpdateOrderStatusUseCase {

    private final UseCaseSupport support;
    private final Orders orders;

    UpdateOrderStatusService(UseCaseSupport support, Orders orders) {
        this.support = support;
        this.orders = orders;
    }

    @Override
    public OrderView updateStatus(Actor actor, UpdateOrderStatusCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.ORDER_CREATE);
            Order order = orders.find(command.orderId()).filter(o -> o.companyId().equals(company.id()))
                    .orElseThrow(() -> DomainException.notFound(OrderErrorCode.NOT_FOUND));
            command.expectedVersion().check(order.version(), OrderErrorCode.STALE_VERSION);
            var errors = support.validation().errorsOf(command);
            OrderStatus status = errors.check(() -> OrderStatus.parse("status", command.status()));
            errors.throwIfAny();
            if (status.equals(order.status())) {
                return OrderView.of(order);
            }
            Order stored = orders.update(order.withStatus(status));
            support.history().companyChange(actor, company.id(), "order.status_changed", new Changes()
                    .with("orderId", order.id().toString())
                    .with("number", order.number())
                    .compare("status", order.status().code(), stored.status().code())
                    .details());
            return OrderView.of(stored);
        });
    }
}
