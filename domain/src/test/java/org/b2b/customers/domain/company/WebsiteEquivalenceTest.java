package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.b2b.customers.domain.shared.Comparison;
import org.b2b.customers.domain.shared.EdgeTexts;
import org.b2b.customers.domain.shared.InvalidInputException;
import org.b2b.customers.domain.shared.PlainText;
import org.junit.jupiter.api.Test;

/** The plain-address scan in front of java.net.URI against the URI-only check it speeds up. */
class WebsiteEquivalenceTest {

    private static final long SEED = 20_240_616L;
    private static final int MAX_LENGTH = 2048;
    private static final int RANDOM_TEXTS = 100_000;

    private static final String SITE = "https://acme.example/";
    private static final String LONGEST = SITE + "p".repeat(MAX_LENGTH - SITE.length());

    /** What the URI grammar treats specially beyond the pieces every check's random texts are made of. */
    private static final List<String> URL_PIECES = List.of(
            "://", "//", "?", "=", "&", "$", "]", "^", ">", "}", "%41", "%4g", "..", ".-", "-.", "xn--", "1.2.3.4",
            "[::1]", ":80", ":123456", ":2147483648", "user@", "s", "S", "HTTP", "\u00FC", "\u3002", "\uFF0E");

    private static final List<String> TRICKY = List.of(
            // IPv4 and IPv6 hosts
            "http://1.2.3.4", "http://1.2.3.4:80/x", "http://1.2.3.4.example", "http://1.2.3", "http://256.1.1.1",
            "http://1.2.3.4a.example", "http://1.2.3.4a", "http://[::1]", "https://[2001:db8::1]:8443/x",
            "http://[::1", "http://::1/", "http://[v1.x]/", "http://[::1]x",
            // trailing, leading and empty labels
            "https://acme.example.", "https://acme.example./x", "https://acme.example..", "https://.acme.example",
            "https://acme..example", "https://", "https:///x", "https://?x", "https://.", "https://a.", "https://a",
            // hyphens at the edges of labels
            "https://-acme.example", "https://acme-.example", "https://acme.-example", "https://acme.example-",
            "https://ac--me.example", "https://xn--bcher-kva.example", "https://acme.ex-ample", "https://-",
            // numeric labels
            "https://acme.123", "https://acme.1example", "https://acme.example1", "https://123", "https://1example",
            "https://9.example", "https://0x7f.example",
            // ports
            "https://acme.example:", "https://acme.example:/x", "https://acme.example:0", "https://acme.example:65535",
            "https://acme.example:99999", "https://acme.example:123456", "https://acme.example:2147483647",
            "https://acme.example:2147483648", "https://acme.example:-1", "https://acme.example:+80",
            "https://acme.example:80:80", "https://acme.example:8a", "https://acme.example::80",
            "https://acme.example:80?x", "https://acme.example: 80",
            // user info and '@' elsewhere
            "https://user@acme.example", "https://@acme.example", "https://acme.example@evil.example",
            "https://acme.example/@x", "https://acme.example/?mail=a@b", "https://acme.example:80@evil.example",
            "https://user:pw@acme.example/",
            // escapes and fragments
            "https://acme.example/%41", "https://acme.example/%4", "https://acme.example/%", "https://acme.example/%zz",
            "https://acme.example?%41", "https://ac%41me.example", "https://acme.example#a",
            "https://acme.example#a#b", "https://acme.example/#", "https://acme.example#", "https://acme.example/?#",
            // backslashes, brackets and other ASCII a browser might fix up
            "https://acme.example\\x", "https:\\\\acme.example", "https://acme.example/\\x", "https://acme.example/[x]",
            "https://acme.example/?[x]", "https://acme.example/?a=[1]", "https://acme.example/a b",
            "https://acme.example/<script>", "https://acme.example/\"", "https://acme.example/{x}",
            "https://acme.example/|", "https://acme.example/^", "https://acme.example/`", "https://acme_corp.example",
            "https://acme.example?", "https://acme.example/?", "https://acme.example/;v=1/a+b,c$d!e*f'g(h)i~j_k@l:m",
            // Unicode hosts and paths, and letters that case-fold to ASCII
            "https://b\u00FCcher.example", "https://acme.example/\u00FC", "https://acme.exampl\u212A",
            "https://acme.\u0131o", "http\u017F://acme.example", "\u0130ttp://acme.example", "https://acme\u3002example",
            "https://acme.example\uFF0Ecom", "https://acme.example/\uD83D\uDE80", "https://acme.example/\u00A0",
            "https://\uFF41cme.example",
            // schemes
            "HTTP://ACME.EXAMPLE", "Https://Acme.Example", "hTTpS://acme.example", "HTTPX://acme.example",
            "htt://acme.example", "httpss://acme.example", "http:/acme.example", "http:acme.example",
            "ftp://acme.example", "https//acme.example", "https:://acme.example", "javascript://acme.example/%0A",
            "http://", "http:", "http", "",
            // white space and length
            " https://acme.example ", "\thttps://acme.example\n", "https://acme .example", "https://acme.example/ ",
            LONGEST, LONGEST + "p", " " + LONGEST + " ", "https://" + "a".repeat(MAX_LENGTH - 16) + ".example",
            "https://" + "a.".repeat(1015) + "example", SITE + "a/".repeat(1000) + "?q=" + "x&".repeat(5));

    private static final List<String> EXAMPLES = List.of(
            "https://acme.example", "http://www.acme-industries.example/de/about?lang=de&page=2",
            "HTTPS://SHOP.ACME.EXAMPLE:8443/b2b", "hTtP://a.b", "https://a1.b-2.c3/", "https://x--y.example:65535?",
            "https://acme.example/catalog;v=1/a+b,c$d!e*f'g(h)i~j_k@l:m?q=/x?y", "http://1.2.3.4:8080/",
            "https://[2001:db8::1]/", "http://localhost", "https://acme.example./", "https://acme.example:/",
            "https://acme.example/%C3%BC?x#top", LONGEST);

    private static final List<String> RANDOM = randomTexts();

    @Test
    void agrees_with_the_uri_check_on_tricky_texts() {
        Comparison result = Comparison.of(TRICKY, WebsiteEquivalenceTest::oldParse, WebsiteEquivalenceTest::parse);

        assertThat(result.disagreements()).isEmpty();
        assertThat(result.accepted()).isGreaterThan(30);
        assertThat(result.refused()).isGreaterThan(30);
    }

    @Test
    void agrees_with_the_uri_check_on_random_texts() {
        Comparison result = Comparison.of(RANDOM, WebsiteEquivalenceTest::oldParse, WebsiteEquivalenceTest::parse);

        assertThat(result.disagreements()).as("texts from seed %d", SEED).isEmpty();
        assertThat(result.accepted()).as("texts from seed %d accepted", SEED).isGreaterThan(15_000);
        assertThat(result.refused()).as("texts from seed %d refused", SEED).isGreaterThan(20_000);
    }

    @Test
    void every_plain_address_is_one_the_uri_check_accepts() {
        List<String> plainButRefused = Stream.concat(TRICKY.stream(), RANDOM.stream())
                .filter(PlainWebAddress::matches)
                .filter(text -> !uriAccepts(text))
                .map(Comparison::visible)
                .limit(20)
                .toList();

        assertThat(plainButRefused).as("texts from seed %d", SEED).isEmpty();
    }

    @Test
    void most_random_websites_take_the_plain_path_and_the_rest_still_reach_the_uri_check() {
        int plain = 0;
        int otherwise = 0;
        for (String text : RANDOM) {
            if (isAccepted(text)) {
                if (PlainWebAddress.matches(text.strip())) {
                    plain++;
                } else {
                    otherwise++;
                }
            }
        }

        assertThat(plain).as("accepted texts from seed %d on the plain path", SEED).isGreaterThan(10_000);
        assertThat(otherwise).as("accepted texts from seed %d left to URI", SEED).isGreaterThan(3_000);
    }

    /**
     * Mostly valid addresses after one to three small edits, some texts made up from scratch, and some made up
     * after an https scheme, so that random hosts are read too.
     */
    private static List<String> randomTexts() {
        EdgeTexts edges = new EdgeTexts(SEED, URL_PIECES);
        List<String> texts = new ArrayList<>(RANDOM_TEXTS);
        for (int i = 0; i < RANDOM_TEXTS; i++) {
            texts.add(switch (i % 10) {
                case 0 -> edges.any(60);
                case 1 -> "https://" + edges.any(20);
                default -> edges.near(EXAMPLES);
            });
        }
        return texts;
    }

    private static boolean isAccepted(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static String parse(String text) {
        return Website.parse("website", text).value();
    }

    /** {@code Website.parse} as it was before the plain-address scan: java.net.URI alone. */
    private static String oldParse(String text) {
        String trimmed = PlainText.require("website", text, MAX_LENGTH);
        if (uriAccepts(trimmed)) {
            return trimmed;
        }
        throw InvalidInputException.of("website", "invalid_url",
                "must be an absolute http or https URL such as https://example.com");
    }

    private static boolean uriAccepts(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
