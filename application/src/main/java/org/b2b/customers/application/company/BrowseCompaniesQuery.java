package org.b2b.customers.application.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.application.common.PageRequest;

/**
 * Which companies the directory shows: a name-prefix or tax-ID search, filters (the country is that of the default
 * billing address), a sort ({@code name}, {@code created} or {@code updated}, descending with a leading {@code -};
 * {@code name} when absent) and a page, whose cursor may point either way.
 */
public record BrowseCompaniesQuery(
        Optional<@Size(max = 200, message = "must be at most 200 characters") String> q,
        Optional<String> customerGroupId,
        Optional<String> salesRepresentativeId,
        Optional<String> status,
        Optional<String> country,
        Optional<@Pattern(regexp = "-?(name|created|updated)",
                message = "must be one of name, -name, created, -created, updated, -updated") String> sort,
        @Valid PageRequest page) {

    public BrowseCompaniesQuery {
        q = q == null ? Optional.empty() : q;
        customerGroupId = customerGroupId == null ? Optional.empty() : customerGroupId;
        salesRepresentativeId = salesRepresentativeId == null ? Optional.empty() : salesRepresentativeId;
        status = status == null ? Optional.empty() : status;
        country = country == null ? Optional.empty() : country;
        sort = sort == null ? Optional.empty() : sort;
        page = page == null ? PageRequest.first() : page;
    }

    /** Every company the caller may see, by name, first page. */
    public static BrowseCompaniesQuery all() {
        return new BrowseCompaniesQuery(null, null, null, null, null, null, null);
    }
}
