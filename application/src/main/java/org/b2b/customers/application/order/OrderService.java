package org.b2b.customers.application.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Page;
import org.b2b.customers.application.order.ListOrdersQuery;
import org.b2b.customers.application.order.ListOrdersUseCase;
import org.b2b.customers.application.order.OrderView;
import org.b2b.customers.application.order.RecordOrderCommand;
import org.b2b.customers.application.order.RecordOrderUseCase;
import org.b2b.customers.application.order.UpdateOrderStatusCommand;
import org.b2b.customers.application.order.UpdateOrderStatusUseCase;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.port.out.Slice;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.support.Changes;
import org.b2b.customers.application.support.CommandValidation;
import org.b2b.customers.application.support.Cursors;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderErrorCode;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * Records the orders the shop reports, updates their status, and pages through a company's order history, newest
 * first. An order is looked up among the orders of the company named in the request, so another company's order
 * answers not found, exactly as an unknown one.
 */
final class OrderService implements RecordOrderUseCase, UpdateOrderStatusUseCase, ListOrdersUseCase {

    /** How far a shop's clock may run ahead of ours before an order's time counts as in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final int MAX_NUMBER_LENGTH = 64;

    private final Transactions transactions;
    private final AccessControl access;
    private final CommandValidation validation;
    private final Orders orders;
    private final Members members;
    private final HistoryRecorder history;
    private final Clock clock;

    OrderService(Transactions transactions, AccessControl access, CommandValidation validation, Orders orders,
            Members members, HistoryRecorder history, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.validation = validation;
        this.orders = orders;
        this.members = members;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public OrderView record(Actor actor, RecordOrderCommand command) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.ORDER_CREATE);
            Instant now = clock.instant();
            var errors = validation.errorsOf(command);
            String number = errors.check(() -> PlainText.require("number", command.number(), MAX_NUMBER_LENGTH));
            Instant placedAt = blank(command.placedAt()) ? now : errors.check(() -> instantOf(command.placedAt(), now));
            Optional<MemberId> placedById = blank(command.placedByMemberId()) ? Optional.empty()
                    : errors.check(() -> Optional.of(MemberId.parse("placedByMemberId", command.placedByMemberId())));
            OrderStatus status = blank(command.status()) ? OrderStatus.PLACED
                    : errors.check(() -> OrderStatus.parse("status", command.status()));
            Money total = errors.check(() -> Money.parse("total", command.total(), "currency", command.currency()));
            if (total != null && total.amount().signum() < 0) {
                // Order refuses this too; checking it here reports it together with the other wrong fields.
                errors.add("total", "negative", "must not be negative");
            }
            errors.throwIfAny();
            if (!company.isActive()) {
                throw DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED,
                        "A deactivated company takes no new orders; reactivate it first.");
            }
            Optional<Member> placedBy = placedById.map(id -> members.find(id).orElseThrow(OrderService::notAMember));
            Order order = orders.add(Order.record(OrderId.random(), company, number, placedAt, placedBy,
                    status, total));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("orderId", order.id().toString());
            details.put("number", order.number());
            details.put("status", order.status().code());
            details.put("total", order.total().toString());
            order.placedBy().ifPresent(m -> details.put("placedByMemberId", m.toString()));
            history.companyChange(actor, company.id(), "order.recorded", details);
            return OrderView.of(order);
        });
    }

    @Override
    public OrderView updateStatus(Actor actor, UpdateOrderStatusCommand command) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(command.companyId(), Permission.ORDER_CREATE);
            Order order = orders.find(command.orderId()).filter(o -> o.companyId().equals(company.id()))
                    .orElseThrow(() -> DomainException.notFound(OrderErrorCode.NOT_FOUND));
            command.expectedVersion().check(order.version(), OrderErrorCode.STALE_VERSION);
            var errors = validation.errorsOf(command);
            OrderStatus status = errors.check(() -> OrderStatus.parse("status", command.status()));
            errors.throwIfAny();
            if (status.equals(order.status())) {
                return OrderView.of(order);
            }
            Order stored = orders.update(order.withStatus(status));
            history.companyChange(actor, company.id(), "order.status_changed", new Changes()
                    .with("orderId", order.id().toString())
                    .with("number", order.number())
                    .compare("status", order.status().code(), stored.status().code())
                    .details());
            return OrderView.of(stored);
        });
    }

    @Override
    public Page<OrderView> list(Actor actor, ListOrdersQuery query) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(query.companyId(), Permission.ORDER_VIEW);
            var errors = validation.errorsOf(query);
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

    private static Instant instantOf(String text, Instant now) {
        Instant placedAt;
        try {
            placedAt = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("placedAt", "invalid_instant",
                    "must be an ISO-8601 instant such as 2026-01-05T09:00:00Z");
        }
        if (placedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw InvalidInputException.of("placedAt", "in_future", "must not be in the future");
        }
        return placedAt;
    }


    private static DomainException notAMember() {
        return DomainException.ruleViolated(OrderErrorCode.PLACED_BY_NOT_A_MEMBER,
                "The order must be placed by a member of the company.");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
