package org.b2b.customers.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written UUID scan against the regular expression it replaced. */
class CanonicalUuidEquivalenceTest {

    private static final long SEED = 20_240_617L;

    private static final Pattern OLD_SHAPE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final String ID = "123e4567-e89b-12d3-a456-426614174000";

    private static final List<String> TRICKY = Arrays.asList(
            null, "", ID, ID.toUpperCase(), "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
            "aAfF0909-aAfF-0909-aAfF-09aAfF09aAfF",
            "123e4567e-89b-12d3-a456-426614174000", "+23e4567-e89b-12d3-a456-426614174000",
            "-23e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400",
            "123e4567-e89b-12d3-a456-4266141740000", "123e4567e89b12d3a456426614174000", "{" + ID + "}",
            " " + ID, ID + " ", "123e4567-e89b-12d3-a456-42661417400g", "123e4567-e89b-12d3-a456-42661417400G",
            "123e4567-e89b-12d3-a456-42661417400/", "123e4567-e89b-12d3-a456-42661417400:",
            "123e4567-e89b-12d3-a456-42661417400@", "123e4567-e89b-12d3-a456-42661417400`",
            "123e4567-e89b-12d3-a456-42661417400\u0663", "123e4567-e89b-12d3-a456-42661417400\uFF11",
            "123e4567-e89b-12d3-a456-42661417400\u00E9", "123e4567_e89b-12d3-a456-426614174000",
            "123e4567-e89b-12d3-a456-4266141740\uD83D\uDE80", "1-2-3-4-5", "------------------------------------",
            "123e4567-e89b-12d3-a456--26614174000", "123e4567-e89b-12d3-a4560426614174000");

    private static final List<String> EXAMPLES = List.of(
            ID, ID.toUpperCase(), "00000000-0000-0000-0000-000000000000", "aAfF0909-aAfF-0909-aAfF-09aAfF09aAfF",
            "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    @Test
    void agrees_with_the_regular_expression_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, CanonicalUuidEquivalenceTest::oldParse,
                text -> CanonicalUuid.parse("id", text).toString());

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(3);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void agrees_with_the_regular_expression_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED).mixed(100_000, 40, EXAMPLES);

        Comparison result = Comparison.of(texts, CanonicalUuidEquivalenceTest::oldParse,
                text -> CanonicalUuid.parse("id", text).toString());

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(500);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(5_000);
    }

    /** {@code CanonicalUuid.parse} as it was before the scan. */
    private static String oldParse(String text) {
        if (text == null || !OLD_SHAPE.matcher(text).matches()) {
            throw InvalidInputException.of("id", "invalid_id", "must be a UUID");
        }
        return UUID.fromString(text).toString();
    }
}
