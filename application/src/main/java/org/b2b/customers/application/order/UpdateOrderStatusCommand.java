package org.b2b.customers.application.order;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.order.OrderId;

/**
 * The status the shop now reports for one of a company's orders: its own code, 1 to 40 letters, digits, {@code _}
 * and {@code -}, kept as sent. With {@code expectedVersion}, the change applies only to that version of the order.
 */
public record UpdateOrderStatusCommand(
        CompanyId companyId,
        OrderId orderId,
        @NotBlank(message = "must not be blank") String status,
        ExpectedVersion expectedVersion) {

    public UpdateOrderStatusCommand {
        requireNonNull(companyId);
        requireNonNull(orderId);
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    public static UpdateOrderStatusCommand of(CompanyId companyId, OrderId orderId, String status) {
        return new UpdateOrderStatusCommand(companyId, orderId, status, ExpectedVersion.any());
    }

    public UpdateOrderStatusCommand ifVersion(long version) {
        return new UpdateOrderStatusCommand(companyId, orderId, status, ExpectedVersion.of(version));
    }
}
