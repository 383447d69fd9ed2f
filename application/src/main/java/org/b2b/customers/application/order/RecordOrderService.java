package org.b2b.customers.application.order;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.port.out.Members;
import org.b2b.customers.application.port.out.Orders;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.order.Money;
import org.b2b.customers.domain.order.Order;
import org.b2b.customers.domain.order.OrderErrorCode;
import org.b2b.customers.domain.order.OrderId;
import org.b2b.customers.domain.order.OrderStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/** Records an order the shop reports for an active company, placed by one of its members if it names one. */
final class RecordOrderService implements RecordOrderUseCase {

    /** How far a shop's clock may run ahead of ours before an order's time counts as in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final int MAX_NUMBER_LENGTH = 64;

    private final UseCaseSupport support;
    private final Orders orders;
    private final Members members;

    RecordOrderService(UseCaseSupport support, Orders orders, Members members) {
        this.support = support;
        this.orders = orders;
        this.members = members;
    }

    @Override
    public OrderView record(Actor actor, RecordOrderCommand command) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(command.companyId(), Permission.ORDER_CREATE);
            Instant now = support.clock().instant();
            var errors = support.validation().errorsOf(command);
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
            Optional<Member> placedBy = placedById
                    .map(id -> members.find(id).orElseThrow(RecordOrderService::notAMember));
            Order order = orders.add(Order.record(OrderId.random(), company, number, placedAt, placedBy,
                    status, total));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("orderId", order.id().toString());
            details.put("number", order.number());
            details.put("status", order.status().code());
            details.put("total", order.total().toString());
            order.placedBy().ifPresent(m -> details.put("placedByMemberId", m.toString()));
            support.history().companyChange(actor, company.id(), "order.recorded", details);
            return OrderView.of(order);
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
