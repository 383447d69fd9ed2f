package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void every_wrong_field_is_reported_at_once() {
        var errors = new FieldErrors();
        errors.check(() -> PlainText.require("firstName", "", 10));
        errors.check(() -> PlainText.require("lastName", "far too long a name", 10));

        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("firstName", "required"),
                                tuple("lastName", "too_long")));
    }

    @Test
    void a_field_keeps_its_first_error() {
        var errors = new FieldErrors();
        errors.add("email", "required", "must not be blank");
        errors.add("email", "invalid_email", "must be an email address");

        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "required", "must not be blank")));
    }

    @Test
    void a_valid_parse_answers_its_value_and_records_nothing() {
        var errors = new FieldErrors();

        assertThat(errors.check(() -> PlainText.require("name", " Acme ", 10))).isEqualTo("Acme");
        assertThat(errors.isEmpty()).isTrue();
        assertThatNoException().isThrownBy(errors::throwIfAny);
    }

    @Test
    void an_invalid_parse_answers_null_and_is_recorded() {
        var errors = new FieldErrors();

        assertThat(errors.check(() -> PlainText.require("name", " ", 10))).isNull();
        assertThat(errors.hasError("name")).isTrue();
        assertThat(errors.isEmpty()).isFalse();
    }

    @Test
    void errors_checked_under_a_parent_are_prefixed_with_it() {
        var errors = new FieldErrors();
        errors.check("billingAddress", () -> PlainText.require("city", "", 10));

        assertThat(errors.hasError("billingAddress.city")).isTrue();
        assertThat(errors.hasError("city")).isFalse();
    }

    @Test
    void a_field_error_under_a_parent_keeps_code_and_message() {
        assertThat(new FieldError("country", "invalid_country", "must be a code").under("billingAddress"))
                .isEqualTo(new FieldError("billingAddress.country", "invalid_country", "must be a code"));
    }
}
