package org.b2b.customers.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.b2b.customers.application.address.AddressView;

/** An address book entry as the contract writes it, with the address's own version. */
record AddressJson(
        String id, String type, String name, String street, String postalCode, String city, String region,
        String country, String email, String phone, String taxId, @JsonProperty("isDefault") boolean isDefault,
        long version) {

    static AddressJson of(AddressView view) {
        return new AddressJson(view.id().value().toString(), view.type().name(), view.name(), view.street(),
                view.postalCode(), view.city(), view.region().orElse(null), view.country(), view.email().orElse(null),
                view.phone().orElse(null), view.taxId().orElse(null), view.isDefault(), view.version());
    }
}
