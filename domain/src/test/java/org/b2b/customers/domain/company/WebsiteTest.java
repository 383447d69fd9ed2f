package org.b2b.customers.domain.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.b2b.customers.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://acme.example", "http://acme.example/about?lang=de", "HTTPS://ACME.EXAMPLE",
            "https://shop.acme.example:8443/b2b"})
    void an_absolute_http_or_https_url_is_accepted(String url) {
        assertThat(Website.parse("website", url).value()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript://acme.example/%0Aalert(1)", "data:text/html,<b>x</b>",
            "ftp://files.acme.example", "mailto:info@acme.example", "file:///etc/passwd"})
    void other_schemes_are_refused(String url) {
        assertInvalid(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.example", "/about", "//acme.example", "https://", "https:///path"})
    void a_relative_url_or_one_without_a_host_is_refused(String url) {
        assertInvalid(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:secret@acme.example", "https://bank.example@evil.example"})
    void a_url_with_user_info_is_refused(String url) {
        assertInvalid(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://acme .example", "https://acme.example/\u202Eexe"})
    void spaces_and_hidden_characters_are_refused(String url) {
        assertThatThrownBy(() -> Website.parse("website", url)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_url_is_trimmed() {
        assertThat(Website.parse("website", "  https://acme.example  ").value()).isEqualTo("https://acme.example");
    }

    private static void assertInvalid(String url) {
        assertThatThrownBy(() -> Website.parse("company.website", url))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("company.website");
                    assertThat(e.errors().get(0).code()).isEqualTo("invalid_url");
                });
    }
}
