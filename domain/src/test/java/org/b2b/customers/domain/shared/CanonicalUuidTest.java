package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUuidTest {

    @Test
    void the_canonical_form_is_read_in_either_case() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(CanonicalUuid.parse("id", "123e4567-e89b-12d3-a456-426614174000")).isEqualTo(id);
        assertThat(CanonicalUuid.parse("id", "123E4567-E89B-12D3-A456-426614174000")).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "123e4567e-89b-12d3-a456-426614174000",
            "+23e4567-e89b-12d3-a456-426614174000",
            "123e4567-e89b-12d3-a456-42661417400",
            "123e4567-e89b-12d3-a456-4266141740000",
            "123e4567e89b12d3a456426614174000",
            "{123e4567-e89b-12d3-a456-426614174000}",
            " 123e4567-e89b-12d3-a456-42661417400",
            "123e4567-e89b-12d3-a456-42661417400g",
            "1-2-3-4-5"})
    void any_other_text_is_refused_naming_the_field(String text) {
        assertThatThrownBy(() -> CanonicalUuid.parse("companyId", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("companyId", "invalid_id", "must be a UUID")));
    }
}
