package org.b2b.customers.application.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.application.common.PageRequest;

/** Which companies to list: a name-prefix or tax-ID search, filters, and a page. */
public record ListCompaniesQuery(
        Optional<@Size(max = 200, message = "must be at most 200 characters") String> q,
        Optional<String> customerGroupId,
        Optional<String> salesRepresentativeId,
        Optional<String> status,
        @Valid PageRequest page) {

    public ListCompaniesQuery {
        q = q == null ? Optional.empty() : q;
        customerGroupId = customerGroupId == null ? Optional.empty() : customerGroupId;
        salesRepresentativeId = salesRepresentativeId == null ? Optional.empty() : salesRepresentativeId;
        status = status == null ? Optional.empty() : status;
        page = page == null ? PageRequest.first() : page;
    }

    /** Every company the caller may see, first page. */
    public static ListCompaniesQuery all() {
        return new ListCompaniesQuery(null, null, null, null, null);
    }

    public ListCompaniesQuery withText(String text) {
        return new ListCompaniesQuery(Optional.of(text), customerGroupId, salesRepresentativeId, status, page);
    }

    public ListCompaniesQuery withPage(PageRequest newPage) {
        return new ListCompaniesQuery(q, customerGroupId, salesRepresentativeId, status, newPage);
    }
}
