package org.b2b.customers.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderErrorCode;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.user.User;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.PersonName;

/** Orders in memory, numbers unique per company, versions checked. */
public final class InMemoryOrders implements Orders {

    private static final Comparator<Order> NEWEST_FIRST = Comparator
            .comparing(Order::placedAt).reversed()
            .thenComparing(o -> o.id().toString(), Comparator.reverseOrder());

    private final InMemoryTable<OrderId, Order> table;
    private final InMemoryMembers members;
    private final InMemoryUsers users;

    /** The members and their users name who placed each order, as a join would. */
    public InMemoryOrders(InMemoryStore store, InMemoryMembers members, InMemoryUsers users) {
        this.table = store.table("orders");
        this.members = members;
        this.users = users;
    }

    @Override
    public Order add(Order order) {
        if (table.rows().anyMatch(o -> o.id().equals(order.id())
                || o.companyId().equals(order.companyId()) && o.number().equals(order.number()))) {
            throw DomainException.conflict(OrderErrorCode.NUMBER_TAKEN, "The company has an order " + order.number() + " already.");
        }
        table.put(order.id(), order);
        return order;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return table.get(id);
    }

    @Override
    public Order update(Order order) {
        Order stored = table.get(order.id()).orElseThrow(() -> DomainException.notFound(OrderErrorCode.NOT_FOUND));
        if (stored.version() != order.version()) {
            throw DomainException.staleVersion(OrderErrorCode.STALE_VERSION);
        }
        Order next = order.atVersion(order.version() + 1);
        table.put(order.id(), next);
        return next;
    }

    @Override
    public Slice<Order> listByCompany(CompanyId companyId, Optional<Key> after, int limit) {
        return Slice.of(table.rows()
                .filter(o -> o.companyId().equals(companyId))
                .filter(o -> after.map(k -> isAfter(o, k)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit + 1L)
                .toList(), limit);
    }

    @Override
    public Slice<WithPlacer> listWithPlacers(CompanyId companyId, Optional<Key> after, int limit) {
        Slice<Order> page = listByCompany(companyId, after, limit);
        return new Slice<>(page.items().stream().map(order -> new WithPlacer(order, order.placedBy()
                .flatMap(members::find).flatMap(member -> users.find(member.userId())).map(User::name))).toList(),
                page.hasMore());
    }

    long countByCompany(CompanyId companyId) {
        return table.rows().filter(o -> o.companyId().equals(companyId)).count();
    }

    @Override
    public List<Money> totalsByCompany(CompanyId companyId) {
        Map<String, Money> totals = new TreeMap<>();
        table.rows().filter(o -> o.companyId().equals(companyId))
                .forEach(o -> totals.merge(o.total().currency().getCurrencyCode(), o.total(), Money::plus));
        return List.copyOf(totals.values());
    }

    private static boolean isAfter(Order order, Key key) {
        int byTime = order.placedAt().compareTo(key.placedAt());
        return byTime < 0 || byTime == 0 && order.id().toString().compareTo(key.id().toString()) < 0;
    }
}
