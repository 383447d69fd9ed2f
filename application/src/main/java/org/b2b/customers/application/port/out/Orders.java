package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;

/** The order history the shop records. */
public interface Orders {

    /** Stores an order; a number the company has already is a conflict ({@code order.number_taken}). */
    Order add(Order order);

    Optional<Order> find(OrderId id);

    /** Stores an order's new status at the version it was read at; otherwise {@code order.stale_version}. */
    Order update(Order order);

    /** A company's orders, newest first. */
    Slice<Order> listByCompany(CompanyId companyId, Optional<Key> after, int limit);

    long countByCompany(CompanyId companyId);

    /** The sum of a company's orders, one amount per currency, by currency code. */
    List<Money> totalsByCompany(CompanyId companyId);

    /** An order's place in the newest-first order, for keyset paging. */
    record Key(Instant placedAt, OrderId id) {}
}
