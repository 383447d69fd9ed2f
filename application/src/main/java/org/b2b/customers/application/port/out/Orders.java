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
     * A company's orders as {@link #listByCompany} reads them, each with the name of the member who placed it while
     * that member is in the company, read at once: a page of orders names who placed each.
     */
    Slice<WithPlacer> listWithPlacers(CompanyId companyId, Optional<Key> after, int limit);


    /** The sum of a company's orders, one amount per currency, by currency code. */
    List<Money> totalsByCompany(CompanyId companyId);

    /** An order's place in the newest-first order, for keyset paging. */
    record Key(Instant placedAt, OrderId id) {}

    /** An order and the name of the member who placed it; none when no one is named or that member has left. */
    record WithPlacer(Order order, Optional<PersonName> placedBy) {}
}
