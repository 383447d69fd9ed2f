package org.b2b.customers.application.order;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The order-history use cases, wired to their ports. */
public final class OrderUseCases {

    private final OrderService orders;

    public OrderUseCases(UseCaseSupport support, DrivenPorts ports) {
        orders = new OrderService(support.transactions(), support.access(), support.validation(), ports.orders(),
                ports.members(), support.history(), support.clock());
    }

    public RecordOrderUseCase record() {
        return orders;
    }

    public UpdateOrderStatusUseCase updateStatus() {
        return orders;
    }

    public ListOrdersUseCase list() {
        return orders;
    }
}
