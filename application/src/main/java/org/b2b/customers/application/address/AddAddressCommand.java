package org.b2b.customers.application.address;

import static java.util.Objects.requireNonNull;

import org.b2b.customers.domain.company.CompanyId;

/**
 * A new address for a company's book: its type ({@code BILLING} or {@code SHIPPING}), its lines, and whether it
 * becomes the default of its type (the first address of a type becomes the default anyway). The lines are checked
 * as top-level fields, because a request carries them beside {@code type} and {@code isDefault}, not nested.
 */
public record AddAddressCommand(CompanyId companyId, String type, AddressInput address, boolean isDefault) {

    public AddAddressCommand {
        requireNonNull(companyId);
    }
}
