package org.b2b.customers.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.b2b.customers.application.common.ExpectedVersion;
import org.b2b.customers.web.RequestRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match as RFC 9110 section 13.1.1 reads it, with the strong comparison. */
class VersionsTest {

    @Test
    void a_strong_tag_names_its_version() {
        assertThat(Versions.parse("\"3\"")).isEqualTo(ExpectedVersion.of(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", " * ", "\t*"})
    void a_star_matches_any_current_version(String header) {
        assertThat(Versions.parse(header)).isEqualTo(ExpectedVersion.any());
    }

    @Test
    void a_list_matches_any_version_it_names() {
        assertThat(Versions.parse("\"1\", \"999\"")).isEqualTo(ExpectedVersion.oneOf(List.of(1L, 999L)));
        assertThat(Versions.parse("\"1\",\"999\"")).isEqualTo(ExpectedVersion.oneOf(List.of(1L, 999L)));
        assertThat(Versions.parse(" , \"1\" ,, \"2\" ,")).as("empty list elements count for nothing")
                .isEqualTo(ExpectedVersion.oneOf(List.of(1L, 2L)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"1\"", "W/\"1\", W/\"2\""})
    void a_weak_tag_never_matches(String header) {
        ExpectedVersion expected = Versions.parse(header);

        assertThat(expected.matches(1)).isFalse();
        assertThat(expected.matches(2)).isFalse();
    }

    @Test
    void a_weak_tag_beside_a_strong_one_leaves_only_the_strong_one() {
        assertThat(Versions.parse("W/\"1\", \"2\"")).isEqualTo(ExpectedVersion.of(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"03\"", "\"abc\"", "\"\"", "\"3.0\"", "\"-3\"", "\"1234567890123456789\"",
            "\"99999999999999999999999\""})
    void a_well_formed_tag_this_api_never_sends_matches_nothing(String header) {
        assertThat(Versions.parse(header)).isEqualTo(ExpectedVersion.oneOf(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ",", "3", "\"3", "3\"", "'3'", "w/\"3\"", "W/ \"3\"", "W/3", "\"3\" \"4\"",
            "\"3\"; \"4\"", "*, \"3\"", "\"3\", *", "**", "\"3 4\"", "\"3\u0001\"", "\"3\u20ac\"", "version three",
            "' OR 1=1"})
    void anything_else_is_a_400_naming_the_header(String header) {
        assertThatThrownBy(() -> Versions.parse(header))
                .isInstanceOfSatisfying(RequestRefused.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().code()).isEqualTo("request.invalid_if_match");
                    assertThat(e.problem().errors()).singleElement()
                            .satisfies(error -> assertThat(error.field()).isEqualTo("If-Match"));
                });
    }
}
