package org.b2b.customers.application.history;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.company.CompanyId;

/** Which page of a company's history to read. */
public record CompanyHistoryQuery(CompanyId companyId, @Valid PageRequest page) {

    public CompanyHistoryQuery {
        requireNonNull(companyId);
        page = page == null ? PageRequest.first() : page;
    }

    public static CompanyHistoryQuery first(CompanyId companyId) {
        return new CompanyHistoryQuery(companyId, PageRequest.first());
    }
}
