package org.b2b.customers.application.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.b2b.customers.application.address.AddressInput;

/**
 * What staff enter to create a company: the seed's four required fields, optionally a website and billing address.
 * Instead of an existing customer group's id, a new group's name may be given: the group is then created with the
 * company, in the same transaction, so that a refused company leaves no group behind.
 */
public record CreateCompanyCommand(
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String taxId,
        String customerGroupId,
        @NotBlank(message = "must not be blank") String salesRepresentativeId,
        @Size(max = 2048, message = "must be at most 2048 characters") String website,
        @Valid AddressInput billingAddress,
        @Size(max = 100, message = "must be at most 100 characters") String newCustomerGroupName) {

    /** A company in an existing customer group. */
    public CreateCompanyCommand(String name, String taxId, String customerGroupId, String salesRepresentativeId,
            String website, AddressInput billingAddress) {
        this(name, taxId, customerGroupId, salesRepresentativeId, website, billingAddress, null);
    }
}
