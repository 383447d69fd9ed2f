package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @Test
    void text_is_trimmed() {
        assertThat(PlainText.require("name", "  Acme GmbH \t", 50)).isEqualTo("Acme GmbH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blank_text_is_refused_as_required(String blank) {
        assertThatThrownBy(() -> PlainText.require("name", blank, 50))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("name", "required", "must not be blank")));
    }

    @Test
    void missing_text_is_refused_as_required() {
        assertThatThrownBy(() -> PlainText.require("name", null, 50))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("required"));
    }

    @Test
    void text_longer_than_the_maximum_is_refused_after_trimming() {
        assertThat(PlainText.require("name", "  abcde  ", 5)).isEqualTo("abcde");
        assertThatThrownBy(() -> PlainText.require("name", "abcdef", 5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("name");
                    assertThat(e.errors().get(0).code()).isEqualTo("too_long");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\u0000", "Ac\u0007me", "Ac\u001bme", "Ac\nme", "Ac\u007Fme", "Ac\u0085me"})
    void control_characters_are_refused(String text) {
        assertForbidden(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200E", "\u200F", "\u061C"})
    void text_direction_characters_are_refused(String mark) {
        assertForbidden("invoice" + mark + "fdp.exe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Müller & Söhne", "Société Générale", "Ørsted A/S", "Łódź Sp. z o.o.", "株式会社トヨタ",
            "שלום", "Ελληνικά"})
    void ordinary_letters_of_any_script_are_accepted(String text) {
        assertThat(PlainText.require("name", text, 50)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme\uD800", "\uDC00Acme", "Ac\uDC00\uD800me"})
    void an_unpaired_surrogate_is_refused(String text) {
        assertForbidden(text);
    }

    @Test
    void characters_beyond_the_basic_plane_are_accepted() {
        assertThat(PlainText.require("name", "Acme \uD83D\uDE80 \uD840\uDC0B", 50)).isEqualTo("Acme 🚀 𠀋");
    }

    @Test
    void optional_blank_text_is_absent() {
        assertThat(PlainText.optional("region", "  ", 10)).isEmpty();
        assertThat(PlainText.optional("region", null, 10)).isEmpty();
        assertThat(PlainText.optional("region", " Bavaria ", 10)).contains("Bavaria");
    }

    @Test
    void optional_text_goes_through_the_same_checks() {
        assertThatThrownBy(() -> PlainText.optional("region", "Bay\u202Eern", 10))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("forbidden_characters"));
    }

    private static void assertForbidden(String text) {
        assertThatThrownBy(() -> PlainText.require("name", text, 50))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("name");
                    assertThat(e.errors().get(0).code()).isEqualTo("forbidden_characters");
                });
    }
}
