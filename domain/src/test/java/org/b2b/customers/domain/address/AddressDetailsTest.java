package org.b2b.customers.domain.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AddressDetailsTest {

    @Test
    void an_address_is_parsed_from_text_with_optional_parts_absent_when_blank() {
        AddressDetails address = AddressDetails.parse(" Acme GmbH ", "Friedrichstraße 1", "10117", "Berlin", " ",
                "de", "", null, "  ");

        assertThat(address.name()).isEqualTo("Acme GmbH");
        assertThat(address.country().value()).isEqualTo("DE");
        assertThat(address.region()).isEmpty();
        assertThat(address.email()).isEmpty();
        assertThat(address.phone()).isEmpty();
        assertThat(address.taxId()).isEmpty();
    }

    @Test
    void optional_parts_are_parsed_when_given() {
        AddressDetails address = AddressDetails.parse("Acme GmbH", "Friedrichstraße 1", "10117", "Berlin", "Berlin",
                "DE", "Billing@Acme.example", "+49 30 1234567", "de 136 695 976");

        assertThat(address.region()).contains("Berlin");
        assertThat(address.email()).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("billing@acme.example"));
        assertThat(address.phone()).isPresent();
        assertThat(address.taxId()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("DE136695976"));
    }

    @Test
    void every_wrong_field_of_an_address_is_reported_at_once() {
        assertThatThrownBy(() -> AddressDetails.parse("", "", "", "", null, "Germany", "not-an-email", "call me",
                "DE123"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("name", "street", "postalCode", "city", "country", "email", "phone", "taxId"));
    }
}
