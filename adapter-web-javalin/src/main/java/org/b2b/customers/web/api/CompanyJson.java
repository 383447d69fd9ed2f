package org.b2b.customers.web.api;

import java.time.Instant;
import org.b2b.customers.application.company.CompanyView;

/** A company as the contract writes it; {@code billingAddress} and {@code contactPersonMemberId} may be null. */
record CompanyJson(
        String id, String name, String taxId, String customerGroupId, String salesRepresentativeId, String website,
        AddressJson billingAddress, String contactPersonMemberId, String status, Instant createdAt,
        Instant updatedAt, long version) {

    static CompanyJson of(CompanyView view) {
        return new CompanyJson(view.id().toString(), view.name(), view.taxId(), view.customerGroupId().value().toString(),
                view.salesRepresentativeId().value().toString(), view.website().orElse(null),
                view.billingAddress().map(AddressJson::of).orElse(null),
                view.contactPersonMemberId().map(id -> id.value().toString()).orElse(null), view.status().name(),
                view.createdAt(), view.updatedAt(), view.version());
    }
}
