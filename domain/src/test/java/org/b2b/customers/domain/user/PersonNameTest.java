package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.b2b.customers.domain.shared.FieldError;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void both_parts_are_trimmed_and_joined_for_the_full_name() {
        PersonName name = PersonName.parse(" José ", " Müller-Lüdenscheidt ");

        assertThat(name.fullName()).isEqualTo("José Müller-Lüdenscheidt");
    }

    @Test
    void both_wrong_parts_are_reported_at_once() {
        assertThatThrownBy(() -> PersonName.parse("", "x".repeat(101)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("firstName", "required"),
                                tuple("lastName", "too_long")));
    }
}
