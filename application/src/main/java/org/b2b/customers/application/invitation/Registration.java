package org.b2b.customers.application.invitation;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.user.UserId;

/** Who a registration made: the user (new, or the pool user who accepted), their membership and its company. */
public record Registration(UserId userId, MemberId memberId, CompanyId companyId) {

    public Registration {
        requireNonNull(userId);
        requireNonNull(memberId);
        requireNonNull(companyId);
    }
}
