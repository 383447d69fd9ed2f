package org.b2b.customers.application.history;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.company.CompanyId;

/** Which page of a company's history to read: every kind of change, or only one of {@link #KINDS}. */
public record CompanyHistoryQuery(CompanyId companyId, Optional<String> kind, @Valid PageRequest page) {

    /** The kinds of change a company's history holds: of the company, members, invitations, addresses, orders. */
    public static final List<String> KINDS = List.of("company.created", "company.updated", "company.deactivated",
            "company.reactivated", "company.contact_person_assigned", "member.added", "member.updated",
            "member.removed", "invitation.created", "invitation.resent", "invitation.revoked", "invitation.accepted",
            "address.added", "address.updated", "address.removed", "address.default_changed", "order.recorded",
            "order.status_changed");

    public CompanyHistoryQuery {
        requireNonNull(companyId);
        kind = kind == null ? Optional.empty() : kind;
        page = page == null ? PageRequest.first() : page;
    }

    /** Every kind of change. */
    public CompanyHistoryQuery(CompanyId companyId, PageRequest page) {
        this(companyId, Optional.empty(), page);
    }

    public static CompanyHistoryQuery first(CompanyId companyId) {
        return new CompanyHistoryQuery(companyId, PageRequest.first());
    }
}
