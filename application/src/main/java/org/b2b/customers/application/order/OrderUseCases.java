package org.b2b.customers.application.order;

import org.b2b.customers.application.port.out.DrivenPorts;
import org.b2b.customers.application.support.UseCaseSupport;

/** The order-history use cases, wired to their ports. */
public final class OrderUseCases {

    private final RecordOrderService record;
    private final UpdateOrderStatusService updateStatus;
    private final ListOrdersService list;

    public OrderUseCases(UseCaseSupport support, DrivenPorts ports) {
        record = new RecordOrderService(support, ports.orders(), ports.members());
        updateStatus = new UpdateOrderStatusService(support, ports.orders());
        list = new ListOrdersService(support, ports.orders());
    }

    public RecordOrderUseCase record() {
        return record;
    }

    public UpdateOrderStatusUseCase updateStatus() {
        return updateStatus;
    }

    public ListOrdersUseCase list() {
        return list;
    }
}
