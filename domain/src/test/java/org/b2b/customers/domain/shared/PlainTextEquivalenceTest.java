package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The char loop that finds hidden characters against the {@code codePoints()} predicate it replaced. */
class PlainTextEquivalenceTest {

    private static final long SEED = 20_240_611L;
    private static final int MAX_LENGTH = 40;

    private static final List<String> TRICKY = List.of(
            "Acme", " Acme ", "~", "\u007F", "a\u007Fb", "a\u009Fb", "a\u00A0b", "a\u0085b", "\u001FAcme\u001F",
            "a\u001Fb", "\t Acme \n", "a\u0000b", "a\u202Ab", "a\u2029b", "Acme\u2029", "a\u2065b", "a\u2066b",
            "a\u2069b", "a\u206Ab", "a\u200Db", "a\u200Eb", "a\u200Fb", "a\u061Bb", "a\u061Cb", "a\u061Db",
            "\uD800\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE80", "\uD800", "\uDC00", "a\uD800", "\uDFFFa", "\uDC00\uD800",
            "\uD800\uD800", "a\uD800\uD800b", "\uD800\uD800\uDC00", "\uD800\uDC00\uDC00", "\uD800\uDC00\uD800",
            "\uD83D\uDE80\uD83D", "a\uD7FFb", "a\uE000b", "a\uFFFFb", "a\uFEFFb", "\u00E9\u0663\u00DF",
            "a".repeat(MAX_LENGTH), "a".repeat(MAX_LENGTH + 1), " " + "a".repeat(MAX_LENGTH) + " ",
            "\uD83D\uDE80".repeat(MAX_LENGTH / 2), "\uD83D\uDE80".repeat(MAX_LENGTH / 2) + "a");

    private static final List<String> EXAMPLES = List.of(
            "Acme GmbH", "M\u00FCller & S\u00F6hne", "\u682A\u5F0F\u4F1A\u793E", "Acme \uD83D\uDE80 \uD840\uDC0B",
            "x".repeat(MAX_LENGTH - 1) + "\uD83D\uDE80", "y".repeat(MAX_LENGTH));

    @Test
    void agrees_with_the_code_point_predicate_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, PlainTextEquivalenceTest::oldRequire,
                text -> PlainText.require("name", text, MAX_LENGTH));

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(10);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void agrees_with_the_code_point_predicate_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED).mixed(100_000, MAX_LENGTH + 5, EXAMPLES);

        Comparison result = Comparison.of(texts, PlainTextEquivalenceTest::oldRequire,
                text -> PlainText.require("name", text, MAX_LENGTH));

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(5_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(5_000);
    }

    /** {@code PlainText.require} as it was before the char loop. */
    private static String oldRequire(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("name", "required", "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw InvalidInputException.of("name", "too_long", "must be at most " + MAX_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(PlainTextEquivalenceTest::oldIsHidden)) {
            throw InvalidInputException.of("name", "forbidden_characters",
                    "must not contain control or text-direction characters");
        }
        return stripped;
    }

    private static boolean oldIsHidden(int c) {
        return Character.isISOControl(c)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}
