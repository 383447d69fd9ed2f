package org.b2b.customers.application.company;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.application.port.out.Companies;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.company.CompanyStatus;
import org.b2b.customers.domain.company.MemberId;
import org.b2b.customers.domain.group.CustomerGroupId;
import org.b2b.customers.domain.user.UserId;

/**
 * A company as the directory lists it: what it refers to by id, with the names a person reads ("First Last" for
 * people), its number of members (active and disabled) and the country of its default billing address.
 */
public record CompanyRow(
        CompanyId id,
        String name,
        String taxId,
        CustomerGroupId customerGroupId,
        String customerGroupName,
        UserId salesRepresentativeId,
        String salesRepresentativeName,
        Optional<MemberId> contactPersonMemberId,
        Optional<String> contactPersonName,
        CompanyStatus status,
        int members,
        Optional<String> country,
        Instant createdAt,
        Instant updatedAt) {

    static CompanyRow of(Companies.DirectoryEntry e) {
        return new CompanyRow(e.id(), e.name(), e.taxId(), e.customerGroupId(), e.customerGroupName(),
                e.salesRepresentativeId(), e.salesRepresentativeName(), e.contactPersonMemberId(),
                e.contactPersonName(), e.status(), e.members(), e.country(), e.createdAt(), e.updatedAt());
    }
}
