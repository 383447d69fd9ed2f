package org.b2b.customers.application.address;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.b2b.customers.domain.address.AddressDetails;

/** The lines of an address as a form or request sends them; blank optional fields mean absent. */
public record AddressInput(
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String street,
        @NotBlank(message = "must not be blank") @Size(max = 20, message = "must be at most 20 characters") String postalCode,
        @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String city,
        @Size(max = 100, message = "must be at most 100 characters") String region,
        @NotBlank(message = "must not be blank") String country,
        String email,
        String phone,
        String taxId) {

    /** The checked address lines; every wrong field is reported at once. */
    public AddressDetails toDetails() {
        return AddressDetails.parse(name, street, postalCode, city, region, country, email, phone, taxId);
    }
}
