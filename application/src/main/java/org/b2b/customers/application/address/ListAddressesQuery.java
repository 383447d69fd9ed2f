package org.b2b.customers.application.address;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;

/** Which addresses of a company to list: all of them, or those of one type ({@code BILLING} or {@code SHIPPING}). */
public record ListAddressesQuery(CompanyId companyId, Optional<String> type) {

    public ListAddressesQuery {
        requireNonNull(companyId);
        type = type == null ? Optional.empty() : type;
    }

    public static ListAddressesQuery all(CompanyId companyId) {
        return new ListAddressesQuery(companyId, Optional.empty());
    }

    public static ListAddressesQuery ofType(CompanyId companyId, String type) {
        return new ListAddressesQuery(companyId, Optional.of(type));
    }
}
