package org.b2b.customers.application.address;

import org.b2b.customers.domain.address.AddressType;
import org.b2b.customers.domain.shared.Choice;
import org.b2b.customers.domain.shared.InvalidInputException;

/** Reads the type of address a request names, in its field {@code type}. */
final class AddressTypes {

    private AddressTypes() {
    }

    static AddressType parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("type", "required", "must be BILLING or SHIPPING");
        }
        return Choice.parse(AddressType.class, "type", text);
    }
}
