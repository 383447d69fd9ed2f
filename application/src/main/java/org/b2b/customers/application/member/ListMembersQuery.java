package org.b2b.customers.application.member;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.domain.company.CompanyId;

/** Which members to list: a company's, one page at a time in the order they joined. */
public record ListMembersQuery(CompanyId companyId, @Valid PageRequest page) {

    public ListMembersQuery {
        requireNonNull(companyId);
        page = page == null ? PageRequest.first() : page;
    }

    /** The company's first page of members. */
    public static ListMembersQuery of(CompanyId companyId) {
        return new ListMembersQuery(companyId, null);
    }

    public ListMembersQuery withPage(PageRequest newPage) {
        return new ListMembersQuery(companyId, newPage);
    }
}
