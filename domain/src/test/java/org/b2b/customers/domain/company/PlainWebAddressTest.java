package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainWebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.example", "HTTP://WWW.ACME.EXAMPLE", "hTtPs://a.b", "http://localhost",
            "https://shop-1.acme--b2b.example:8443/de/about?lang=de&page=2", "https://9a.example/?q=/x?y",
            "https://acme.example/catalog;v=1/a+b,c$d!e*f'g(h)i~j_k@l:m", "https://acme.example?"})
    void the_common_shapes_are_plain(String url) {
        assertThat(PlainWebAddress.matches(url)).isTrue();
        assertThat(Website.parse("website", url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://1.2.3.4", "https://[2001:db8::1]:8443/x", "https://acme.example.",
            "https://acme.example:", "https://acme.example:123456", "https://acme.example/%C3%BC",
            "https://acme.example/#top", "https://acme.example/?a=[1]", "https://acme.example/\u00FC"})
    void other_websites_are_left_to_the_uri_parser(String url) {
        assertThat(PlainWebAddress.matches(url)).isFalse();
        assertThat(Website.parse("website", url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.123", "https://acme-.example", "https://-acme.example",
            "https://acme..example", "https://user@acme.example", "https://acme.example:2147483648",
            "https://acme.example/%4", "https://acme.example#a#b", "http\u017F://acme.example", "ftp://acme.example",
            "https://b\u00FCcher.example", "https://acme.example\\x"})
    void addresses_the_uri_parser_refuses_are_not_plain(String url) {
        assertThat(PlainWebAddress.matches(url)).isFalse();
        assertThatThrownBy(() -> Website.parse("website", url)).isInstanceOf(InvalidInputException.class);
    }
}
