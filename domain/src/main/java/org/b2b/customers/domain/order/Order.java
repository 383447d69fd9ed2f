package org.b2b.customers.domain.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.member.Member;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;

/**
 * An order the shop recorded for a company; the order history is made of these. Only its status changes after it
 * is recorded, and every change moves its version on.
 */
public record Order(
        OrderId id, CompanyId companyId, String number, Instant placedAt, Optional<MemberId> placedBy,
        OrderStatus status, Money total, long version) {

    public Order {
        requireNonNull(id);
        requireNonNull(companyId);
        number = PlainText.require("number", number, 64);
        requireNonNull(placedAt);
        requireNonNull(placedBy);
        requireNonNull(status, "status");
        requireNonNull(total, "total");
        if (total.amount().signum() < 0) {
            throw InvalidInputException.of("total", "negative", "must not be negative");
        }
    }

    /** Records an order; whoever placed it must be a member of that company. */
    public static Order record(OrderId id, Company company, String number, Instant placedAt, Optional<Member> placedBy,
            OrderStatus status, Money total) {
        if (placedBy.isPresent() && !placedBy.get().companyId().equals(company.id())) {
            throw DomainException.ruleViolated(OrderErrorCode.PLACED_BY_NOT_A_MEMBER,
                    "The order must be placed by a member of the company.");
        }
        return new Order(id, company.id(), number, placedAt, placedBy.map(Member::id), status, total, 1);
    }

    /** The order with the status the shop now reports. */
    public Order withStatus(OrderStatus newStatus) {
        return new Order(id, companyId, number, placedAt, placedBy, requireNonNull(newStatus, "status"), total, version);
    }

    public Order atVersion(long newVersion) {
        return new Order(id, companyId, number, placedAt, placedBy, status, total, newVersion);
    }
}
