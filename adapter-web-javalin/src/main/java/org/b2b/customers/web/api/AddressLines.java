package org.b2b.customers.web.api;

import org.b2b.customers.application.address.AddressInput;

/** The lines of an address as a request sends them, nested ({@code billingAddress}) or at the top level. */
record AddressLines(
        String name, String street, String postalCode, String city, String region, String country, String email,
        String phone, String taxId) {

    AddressInput toInput() {
        return new AddressInput(name, street, postalCode, city, region, country, email, phone, taxId);
    }
}
