package org.b2b.customers.application.order;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.company.CompanyId;

/** Which page of a company's order history to list. */
public record ListOrdersQuery(CompanyId companyId, @Valid PageRequest page) {

    public ListOrdersQuery {
        requireNonNull(companyId);
        page = page == null ? PageRequest.first() : page;
    }

    public static ListOrdersQuery first(CompanyId companyId) {
        return new ListOrdersQuery(companyId, PageRequest.first());
    }
}
