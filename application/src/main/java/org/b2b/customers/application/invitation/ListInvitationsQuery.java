package org.b2b.customers.application.invitation;

import jakarta.validation.Valid;
import java.util.Optional;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.company.CompanyId;

/** Which invitations of a company to list: optionally only those with a status (PENDING, ACCEPTED, REVOKED, EXPIRED). */
public record ListInvitationsQuery(CompanyId companyId, Optional<String> status, @Valid PageRequest page) {

    public ListInvitationsQuery {
        status = status == null ? Optional.empty() : status;
        page = page == null ? PageRequest.first() : page;
    }

    /** Every invitation of the company, first page. */
    public static ListInvitationsQuery all(CompanyId companyId) {
        return new ListInvitationsQuery(companyId, null, null);
    }

    public ListInvitationsQuery withStatus(String value) {
        return new ListInvitationsQuery(companyId, Optional.of(value), page);
    }

    public ListInvitationsQuery withPage(PageRequest newPage) {
        return new ListInvitationsQuery(companyId, status, newPage);
    }
}
