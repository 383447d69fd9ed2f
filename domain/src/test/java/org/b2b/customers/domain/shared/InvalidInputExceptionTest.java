package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void invalid_input_is_of_kind_invalid_with_a_stable_code() {
        var e = InvalidInputException.of("email", "invalid_email", "must be an email address");

        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(e.code()).isEqualTo("input.invalid");
        assertThat(e.errors()).containsExactly(new FieldError("email", "invalid_email", "must be an email address"));
    }

    @Test
    void the_message_names_every_field() {
        var e = new InvalidInputException(List.of(
                new FieldError("name", "required", "must not be blank"),
                new FieldError("taxId", "invalid_tax_id", "must be 4 to 20 letters and digits")));

        assertThat(e.getMessage()).isEqualTo("name: must not be blank; taxId: must be 4 to 20 letters and digits");
    }

    @Test
    void an_invalid_input_names_at_least_one_field() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void under_a_parent_every_field_is_prefixed() {
        var e = new InvalidInputException(List.of(
                new FieldError("city", "required", "must not be blank"),
                new FieldError("country", "invalid_country", "must be a code"))).under("billingAddress");

        assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("billingAddress.city", "billingAddress.country");
    }

    @Test
    void named_after_another_field_keeps_each_code_and_message() {
        var e = InvalidInputException.of("taxId", "invalid_tax_id", "must be 4 to 20 letters and digits")
                .named("vatId");

        assertThat(e.errors()).containsExactly(
                new FieldError("vatId", "invalid_tax_id", "must be 4 to 20 letters and digits"));
    }

    @Test
    void the_errors_cannot_be_changed_afterwards() {
        var e = InvalidInputException.of("name", "required", "must not be blank");

        assertThatThrownBy(() -> e.errors().add(new FieldError("x", "y", "z")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
