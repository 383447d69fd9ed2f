package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.Comparison;
import org.b2b.customers.domain.shared.EdgeTexts;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;
import org.junit.jupiter.api.Test;

/** The hand-written phone number scan against the regular expression and digit count it replaced. */
class PhoneNumberEquivalenceTest {

    private static final long SEED = 20_240_613L;

    private static final Pattern OLD_SHAPE = Pattern.compile("\\+?[0-9 ().\\-/]{4,32}");

    private static final List<String> TRICKY = List.of(
            "1234", "123", "+1234", "+123", "++1234", "+ 1234", "+(12)34", "1+234", "1234+", "12 34", "(12)34",
            "1.2.3.4", "1-2-3", "1/2/3/4", "+", "++", "+....", "()-/ .", "1234 ", " +1234 ", "+49 30 1234567",
            "\u0661\u0662\u0663\u0664", "12\u06634", "1234\u0663", "\uFF11\uFF12\uFF13\uFF14", "123\u00A04",
            "1234\u00A0", "123\t4", "12,34", "12:34", "12_34", "1234\u202E", "1234\uD800", "1234\uD83D\uDE80",
            "1".repeat(32), "1".repeat(33), "+" + "1".repeat(31), "+" + "1".repeat(32), "+" + " ".repeat(27) + "1234",
            "1234" + " ".repeat(28), "12" + " ".repeat(28) + "34");

    private static final List<String> EXAMPLES = List.of(
            "+49 30 1234567", "(030) 123-45 67", "030/1234567", "+1.212.555.0100", "1234", "+1234",
            "1".repeat(32), "+" + "2".repeat(31), "+(0) 1.2-3/4");

    @Test
    void agrees_with_the_regular_expression_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, PhoneNumberEquivalenceTest::oldNumber,
                text -> new PhoneNumber(text).value());

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(10);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void agrees_with_the_regular_expression_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED).mixed(100_000, 36, EXAMPLES);

        Comparison result = Comparison.of(texts, PhoneNumberEquivalenceTest::oldNumber,
                text -> new PhoneNumber(text).value());

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(5_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(5_000);
    }

    /** The {@code PhoneNumber} constructor as it was before the scan. */
    private static String oldNumber(String text) {
        String value = PlainText.require("phone", text, 32);
        if (!OLD_SHAPE.matcher(value).matches() || value.chars().filter(Character::isDigit).count() < 4) {
            throw InvalidInputException.of("phone", "invalid_phone",
                    "must be a telephone number such as +49 30 1234567");
        }
        return value;
    }
}
