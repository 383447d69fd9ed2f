package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void a_nul_anywhere_is_refused_naming_the_field() {
        for (String text : new String[] {"\u0000", "acme\u0000", "\u0000acme", "ac\u0000me"}) {
            assertThat(StorableText.isStorable(text)).as(text).isFalse();
            assertThatThrownBy(() -> StorableText.require("q", text))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("q", "forbidden_characters",
                                    "must not contain NUL or unpaired surrogate characters")));
        }
    }

    @Test
    void an_unpaired_surrogate_is_refused_and_a_pair_is_one_character() {
        for (String text : new String[] {"\uD800", "a\uDC00", "\uDBFFz", "\uDC00\uD800", "😀\uD83D"}) {
            assertThat(StorableText.isStorable(text)).as(text).isFalse();
        }
        assertThat(StorableText.isStorable("Zoë 😀 \uD83D\uDE00 ﻣﺮﺣﺒﺎ")).isTrue();
    }

    @Test
    void other_controls_and_empty_or_absent_texts_are_left_to_the_stricter_rules() {
        for (String text : new String[] {"", " ", "\u0007\u001B\u202E", "a\tb\r\nc", null}) {
            assertThat(StorableText.isStorable(text)).isTrue();
            assertThat(StorableText.require("q", text)).isEqualTo(text);
        }
    }
}
