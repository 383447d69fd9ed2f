package org.b2b.customers.persistence;

import static org.b2b.customers.persistence.schema.Tables.MEMBERS;
import static org.b2b.customers.persistence.schema.Tables.ORDERS;
import static org.b2b.customers.persistence.schema.Tables.USERS;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderErrorCode;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.user.PersonName;
import org.b2b.customers.persistence.schema.tables.records.OrdersRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/** The order history, newest first; order numbers unique per company. */
final class JooqOrders implements Orders {

    private final JooqTransactions transactions;

    JooqOrders(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Order add(Order order) {
        OrdersRecord r = new OrdersRecord();
        r.setId(order.id().value());
        r.setCompanyId(order.companyId().value());
        r.setNumber(order.number());
        r.setPlacedAt(order.placedAt());
        r.setPlacedByMemberId(order.placedBy().map(MemberId::value).orElse(null));
        r.setStatus(order.status().code());
        r.setCurrency(order.total().currency().getCurrencyCode());
        r.setTotal(order.total().amount());
        r.setVersion(order.version());
        Supplier<RuntimeException> taken = () -> DomainException.conflict(OrderErrorCode.NUMBER_TAKEN,
                "The company has an order " + order.number() + " already.");
        try {
            transactions.dsl().insertInto(ORDERS).set(r).execute();
        } catch (DataAccessException e) {
            throw Constraints.translate(e, Map.of("orders_number_unique", taken, "orders_pk", taken));
        }
        return order;
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return transactions.dsl().selectFrom(ORDERS).where(ORDERS.ID.eq(id.value())).fetchOptional(JooqOrders::order);
    }

    @Override
    public Order update(Order order) {
        DSLContext dsl = transactions.dsl();
        int updated = dsl.update(ORDERS)
                .set(ORDERS.STATUS, order.status().code())
                .set(ORDERS.VERSION, order.version() + 1)
                .where(ORDERS.ID.eq(order.id().value()), ORDERS.VERSION.eq(order.version()))
                .execute();
        if (updated == 0) {
            throw Versions.refusal(dsl.fetchExists(ORDERS, ORDERS.ID.eq(order.id().value())),
                    OrderErrorCode.STALE_VERSION, OrderErrorCode.NOT_FOUND);
        }
        return order.atVersion(order.version() + 1);
    }

    @Override
    public Slice<Order> listByCompany(CompanyId companyId, Optional<Key> after, int limit) {
        return Slice.of(transactions.dsl().selectFrom(ORDERS)
                .where(ORDERS.COMPANY_ID.eq(companyId.value()))
                .and(after.map(k -> DSL.row(ORDERS.PLACED_AT, ORDERS.ID).lt(k.placedAt(), k.id().value()))
                        .orElse(DSL.noCondition()))
                .orderBy(ORDERS.PLACED_AT.desc(), ORDERS.ID.desc())
                .limit(limit + 1)
                .fetch(JooqOrders::order), limit);
    }

    /** The placers' names are joined, not read once per order or per page. */
    @Override
    public Slice<WithPlacer> listWithPlacers(CompanyId companyId, Optional<Key> after, int limit) {
        return Slice.of(transactions.dsl().select(ORDERS.fields()).select(USERS.FIRST_NAME, USERS.LAST_NAME)
                .from(ORDERS)
                .leftJoin(MEMBERS).on(MEMBERS.ID.eq(ORDERS.PLACED_BY_MEMBER_ID))
                .leftJoin(USERS).on(USERS.ID.eq(MEMBERS.USER_ID))
                .where(ORDERS.COMPANY_ID.eq(companyId.value()))
                .and(after.map(k -> DSL.row(ORDERS.PLACED_AT, ORDERS.ID).lt(k.placedAt(), k.id().value()))
                        .orElse(DSL.noCondition()))
                .orderBy(ORDERS.PLACED_AT.desc(), ORDERS.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new WithPlacer(order(r.into(ORDERS)), Optional.ofNullable(r.get(USERS.FIRST_NAME))
                        .map(first -> new PersonName(first, r.get(USERS.LAST_NAME))))), limit);
    }

    @Override
    public List<Money> totalsByCompany(CompanyId companyId) {
        Field<BigDecimal> sum = DSL.sum(ORDERS.TOTAL);
        return transactions.dsl().select(ORDERS.CURRENCY, sum).from(ORDERS)
                .where(ORDERS.COMPANY_ID.eq(companyId.value()))
                .groupBy(ORDERS.CURRENCY)
                .orderBy(ORDERS.CURRENCY)
                .fetch(r -> new Money(r.value2(), Currency.getInstance(r.value1())));
    }

    private static Order order(OrdersRecord r) {
        return new Order(new OrderId(r.getId()), new CompanyId(r.getCompanyId()), r.getNumber(), r.getPlacedAt(),
                Optional.ofNullable(r.getPlacedByMemberId()).map(MemberId::new), new OrderStatus(r.getStatus()),
                new Money(r.getTotal(), Currency.getInstance(r.getCurrency())), r.getVersion());
    }
}
