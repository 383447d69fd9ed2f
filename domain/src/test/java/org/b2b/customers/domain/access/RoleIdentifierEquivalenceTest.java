package org.b2b.customers.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.Comparison;
import org.b2b.customers.domain.shared.EdgeTexts;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The hand-written role identifier scan against the regular expression it replaced. */
class RoleIdentifierEquivalenceTest {

    private static final long SEED = 20_240_614L;

    private static final Pattern OLD_SHAPE = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    private static final List<String> TRICKY = Arrays.asList(
            null, "", "a", "ab", "a_", "a0", "a9", "az", "_a", "0a", "9a", "A", "Ab", "aB", "aZ", "a-b", "a.b",
            " ab", "ab ", "a b", "a\tb", "`a", "{a", "a`", "a{", "a/", "a:", "a@", "a[", "\u0430b", "a\u0663",
            "a\u00E9", "\u00E9a", "a\u212A", "a\u0131", "a\uFF11", "a\uD800", "a\uD83D\uDE80", "a\u202E",
            "a".repeat(64), "a".repeat(65), "a" + "_".repeat(63), "a" + "9".repeat(64));

    private static final List<String> EXAMPLES = List.of(
            "company_admin", "purchaser2", "eu_key_account", "ab", "a".repeat(64), "z" + "_0".repeat(31) + "9");

    @Test
    void agrees_with_the_regular_expression_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, RoleIdentifierEquivalenceTest::oldIdentifier,
                text -> new RoleIdentifier(text).value());

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(5);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void agrees_with_the_regular_expression_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED).mixed(100_000, 68, EXAMPLES);

        Comparison result = Comparison.of(texts, RoleIdentifierEquivalenceTest::oldIdentifier,
                text -> new RoleIdentifier(text).value());

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(5_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(5_000);
    }

    /** The {@code RoleIdentifier} constructor as it was before the scan. */
    private static String oldIdentifier(String value) {
        if (value == null || !OLD_SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of("role", "invalid_role_identifier",
                    "must be 2 to 64 lower-case letters, digits or underscores, starting with a letter");
        }
        return value;
    }
}
