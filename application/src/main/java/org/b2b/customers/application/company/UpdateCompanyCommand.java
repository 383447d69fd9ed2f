package org.b2b.customers.application.company;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.domain.company.CompanyId;

/**
 * A partial change to a company: absent fields stay as they are; a blank website removes it. A status change
 * deactivates or reactivates the company. With {@code expectedVersion}, the change applies only to that version.
 */
public record UpdateCompanyCommand(
        CompanyId companyId,
        Optional<@Size(max = 200, message = "must be at most 200 characters") String> name,
        Optional<@Size(max = 40, message = "must be at most 40 characters") String> taxId,
        Optional<String> customerGroupId,
        Optional<String> salesRepresentativeId,
        Optional<@Size(max = 2048, message = "must be at most 2048 characters") String> website,
        Optional<String> status,
        ExpectedVersion expectedVersion) {

    public UpdateCompanyCommand {
        name = name == null ? Optional.empty() : name;
        taxId = taxId == null ? Optional.empty() : taxId;
        customerGroupId = customerGroupId == null ? Optional.empty() : customerGroupId;
        salesRepresentativeId = salesRepresentativeId == null ? Optional.empty() : salesRepresentativeId;
        website = website == null ? Optional.empty() : website;
        status = status == null ? Optional.empty() : status;
        expectedVersion = expectedVersion == null ? ExpectedVersion.any() : expectedVersion;
    }

    /** A change of nothing yet, to build on with the {@code with…} methods. */
    public static UpdateCompanyCommand of(CompanyId companyId) {
        return new UpdateCompanyCommand(companyId, null, null, null, null, null, null, null);
    }

    public UpdateCompanyCommand withName(String value) {
        return new UpdateCompanyCommand(companyId, Optional.of(value), taxId, customerGroupId, salesRepresentativeId, website, status, expectedVersion);
    }

    public UpdateCompanyCommand withTaxId(String value) {
        return new UpdateCompanyCommand(companyId, name, Optional.of(value), customerGroupId, salesRepresentativeId, website, status, expectedVersion);
    }

    public UpdateCompanyCommand withCustomerGroupId(String value) {
        return new UpdateCompanyCommand(companyId, name, taxId, Optional.of(value), salesRepresentativeId, website, status, expectedVersion);
    }

    public UpdateCompanyCommand withSalesRepresentativeId(String value) {
        return new UpdateCompanyCommand(companyId, name, taxId, customerGroupId, Optional.of(value), website, status, expectedVersion);
    }

    public UpdateCompanyCommand withWebsite(String value) {
        return new UpdateCompanyCommand(companyId, name, taxId, customerGroupId, salesRepresentativeId, Optional.of(value), status, expectedVersion);
    }

    public UpdateCompanyCommand withStatus(String value) {
        return new UpdateCompanyCommand(companyId, name, taxId, customerGroupId, salesRepresentativeId, website, Optional.of(value), expectedVersion);
    }

    public UpdateCompanyCommand ifVersion(long version) {
        return new UpdateCompanyCommand(companyId, name, taxId, customerGroupId, salesRepresentativeId, website, status, ExpectedVersion.of(version));
    }
}
