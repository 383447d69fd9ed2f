package org.b2b.customers.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.b2b.customers.domain.shared.Comparison;
import org.b2b.customers.domain.shared.EdgeTexts;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;
import org.junit.jupiter.api.Test;

/** The hand-written address scanner against the regular expression and string tests it replaced. */
class EmailAddressEquivalenceTest {

    private static final long SEED = 20_240_612L;

    private static final Pattern OLD_SHAPE = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private static final String LABEL_63 = "l".repeat(63);
    private static final String LONGEST_DOMAIN = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + ".example";

    private static final List<String> TRICKY = List.of(
            "a@b.c", "A@B.C", "a@b", "a@b.", "a@.b", "a@b..c", "a@b.c.", "a@b.c..d", "@b.c", "a@", "@", "a", ".",
            "a.b@c.d", "a..b@c.d", ".a@b.c", "a.@b.c", ".@b.c", "..@b.c", "a.b.c@d.e", "-a@b.c", "a-@b.c",
            "!#$%&'*+/=?^_`{|}~-@x.y", "a\"b@c.d", "a(b)@c.d", "a,b@c.d", "a;b@c.d", "a\\b@c.d", "a b@c.d",
            "a@@b.c", "a@b.c@d.e", "a@b@c.d", "a@-b.c", "a@b-.c", "a@b.-c", "a@b.c-", "a@b-c.d-e", "a@b--c.d",
            "a@1.2", "a@b_c.d", "a@b.c_", "a@b!.c", "a@b.c/", "a@[1.2.3.4]",
            "\u00E9@x.y", "a@\u00E9.y", "a@x.\u0663", "a\u0663@x.y", "a\u212A@x.y", "a@x.y\u212A", "a@x.\uFF11",
            "a\u00A0@x.y", " a@b.c ", "\ta@b.c\n", "a@b.c\u202E", "a@b.c\uD800", "a\uD83D\uDE80@b.c", "a@b.c\u2029",
            "a".repeat(64) + "@b.c", "a".repeat(65) + "@b.c", "a." + "a".repeat(62) + "@b.c",
            "a@" + LABEL_63 + ".c", "a@" + LABEL_63 + "l.c", "a@c." + LABEL_63, "a@c." + LABEL_63 + "l",
            "x".repeat(254 - LONGEST_DOMAIN.length() - 1) + "@" + LONGEST_DOMAIN,
            "x".repeat(254 - LONGEST_DOMAIN.length()) + "@" + LONGEST_DOMAIN,
            "a@" + "b.".repeat(125) + "c", "a@" + "b.".repeat(126) + "c");

    private static final List<String> EXAMPLES = List.of(
            "ada@example.com", "Ada.Lovelace+invoices@Mail.Example.CO.uk", "o'brien@example.ie", "x@a-b.example",
            "a_b-c@sub.example.org", "a@b.c", "a".repeat(64) + "@b.c", "a.b@" + LABEL_63 + "." + LABEL_63,
            "x".repeat(254 - LONGEST_DOMAIN.length() - 1) + "@" + LONGEST_DOMAIN, "a@" + "b.".repeat(125) + "c");

    @Test
    void agrees_with_the_regular_expression_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, EmailAddressEquivalenceTest::oldParse,
                EmailAddressEquivalenceTest::parse);

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(10);
        assertThat(result.refused()).isGreaterThan(10);
    }

    @Test
    void agrees_with_the_regular_expression_on_random_texts() {
        List<String> texts = new EdgeTexts(SEED).mixed(100_000, 30, EXAMPLES);

        Comparison result = Comparison.of(texts, EmailAddressEquivalenceTest::oldParse,
                EmailAddressEquivalenceTest::parse);

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(5_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(5_000);
    }

    private static String parse(String text) {
        return EmailAddress.parse("email", text).value();
    }

    /** {@code EmailAddress.parse} as it was before the scanner. */
    private static String oldParse(String text) {
        String trimmed = PlainText.require("email", text, EmailAddress.MAX_LENGTH);
        if (!OLD_SHAPE.matcher(trimmed).matches() || trimmed.startsWith(".") || trimmed.contains("..")
                || trimmed.substring(0, trimmed.indexOf('@')).endsWith(".")) {
            throw InvalidInputException.of("email", "invalid_email",
                    "must be an email address such as name@example.com");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
