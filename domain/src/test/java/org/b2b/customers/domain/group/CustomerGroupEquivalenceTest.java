package org.b2b.customers.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.Comparison;
import org.b2b.customers.domain.shared.EdgeTexts;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;
import org.junit.jupiter.api.Test;

/** The hand-written group identifier scan against the regular expression it replaced. */
class CustomerGroupEquivalenceTest {

    private static final long SEED = 20_240_618L;

    private static final Pattern OLD_IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private static final List<String> TRICKY = List.of(
            "", " ", "a", "0", "9", "z", "_", "-", "a-", "a_", "-a", "_a", "a-b_c", "A", "aB", "a b", " a ", "\ta\n",
            "a.b", "a/b", "a:b", "a@b", "a[b", "a`b", "a{b", "a\u00E9", "gro\u00DFhandel", "a\u0663", "\u0663a",
            "a\u212A", "a\u0131", "a\uFF11", "a\u00A0b", "a\u202Eb", "a\uD800", "a\uD83D\uDE80", "a\u2029",
            "a".repeat(64), "a".repeat(65), " " + "a".repeat(64) + " ", "0" + "-".repeat(63), "_".repeat(64));

    private static final List<String> EXAMPLES = List.of(
            "wholesale-eu", "retail", "tier_2", "9to5", "a", "0", "a".repeat(64), "x" + "-_".repeat(31) + "9");

    @Test
    void agrees_with_the_regular_expression_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, CustomerGroupEquivalenceTest::oldIdentifier,
                CustomerGroupEquivalenceTest::identifier);

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(5);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void agrees_with_the_regular_expression_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED).mixed(100_000, 68, EXAMPLES);

        Comparison result = Comparison.of(texts, CustomerGroupEquivalenceTest::oldIdentifier,
                CustomerGroupEquivalenceTest::identifier);

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(5_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(5_000);
    }

    private static String identifier(String text) {
        return CustomerGroup.create(CustomerGroupId.random(), text, "Wholesale", new PriceRate(BigDecimal.ZERO))
                .identifier();
    }

    /** {@code CustomerGroup}'s identifier check as it was before the scan. */
    private static String oldIdentifier(String text) {
        String trimmed = PlainText.require("identifier", text, 64);
        if (!OLD_IDENTIFIER.matcher(trimmed).matches()) {
            throw InvalidInputException.of("identifier", "invalid_identifier",
                    "must be lower-case letters, digits, '-' or '_', such as wholesale-eu");
        }
        return trimmed;
    }
}
