package org.b2b.customers.application.company;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.address.AddressView;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.company.Website;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.UserId;

/** A company as callers see it, with its billing address (the default billing address of its address book). */
public record CompanyView(
        CompanyId id, String name, String taxId, CustomerGroupId customerGroupId, UserId salesRepresentativeId,
        Optional<String> website, Optional<AddressView> billingAddress, Optional<MemberId> contactPersonMemberId,
        CompanyStatus status, Instant createdAt, Instant updatedAt, long version) {

    public static CompanyView of(Company company, Optional<AddressView> billingAddress) {
        var d = company.details();
        return new CompanyView(company.id(), d.name(), d.taxId().value(), d.customerGroupId(),
                d.salesRepresentativeId(), d.website().map(Website::value), billingAddress, company.contactPerson(),
                company.status(), company.createdAt(), company.updatedAt(), company.version());
    }
}
