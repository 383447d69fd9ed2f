package org.b2b.customers.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.user.PersonName;

/** The order history the shop records. */
public interface Orders {

    /** Stores an order; a number the company has already is a conflict ({@code order.number_taken}). */
    Order add(Order order);

    Optional<Order> find(OrderId id);

    /** Stores an order's new status at the version it was read at; otherwise {@code order.stale_version}. */
    Order update(Order order);

    /** A company's orders, newest first. */
    Slice<Order> listByCompany(CompanyId companyId, Optional<Key> after, int limit);

    /**
     * A company's latest orders, newest first, each with the name of the member who placed it as it is now: none
     * when the shop named no one, or when that member has left the company since.
     */
    List<Placed> latestByCompany(CompanyId companyId, int limit);

    /** An order with the name of the member who placed it. */
    record Placed(Order order, Optional<PersonName> placedByName) {}

    /** The sum of a company's orders, one amount per currency, by currency code. */
    List<Money> totalsByCompany(CompanyId companyId);

    /** An order's place in the newest-first order, for keyset paging. */
    record Key(Instant placedAt, OrderId id) {}
}
