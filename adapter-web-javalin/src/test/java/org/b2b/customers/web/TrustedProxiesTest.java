package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whose address a failed login counts against, seen through a server that trusts its loopback range as a proxy. */
class TrustedProxiesTest {

    private final RunningApi api = new RunningApi(TrustedProxies.parse("10.0.0.0/8, 127.0.0.0/8"));

    @AfterEach
    void stop() {
        api.close();
    }

    /** Ten failures spray from the forwarded address; the eleventh from it is held, another address is not. */
    private int eleventhFrom(String... forwarded) {
        for (int i = 0; i < 10; i++) {
            api.send("POST", "/api/v1/auth/token", null,
                    ApiClient.body(Map.of("email", "someone" + i + "@example.com", "password", "x")), forwarded);
        }
        return api.send("POST", "/api/v1/auth/token", null,
                ApiClient.body(Map.of("email", "nobody@example.com", "password", "x")), forwarded).status();
    }

    @Test
    void the_nearest_untrusted_address_of_the_forwarded_chain_is_the_client() {
        assertThat(eleventhFrom("X-Forwarded-For", "203.0.113.1, 198.51.100.7, 10.1.2.3")).isEqualTo(429);

        // A spoofed entry further left changes nothing: 198.51.100.7 is still the one held.
        assertThat(api.send("POST", "/api/v1/auth/token", null,
                ApiClient.body(Map.of("email", "nobody@example.com", "password", "x")),
                "X-Forwarded-For", "192.0.2.99, 198.51.100.7").status()).isEqualTo(429);
        assertThat(api.send("POST", "/api/v1/auth/token", null,
                ApiClient.body(Map.of("email", "nobody@example.com", "password", "x")),
                "X-Forwarded-For", "198.51.100.7, 192.0.2.99").status()).isEqualTo(401);
    }

    @Test
    void garbage_in_the_header_counts_against_the_proxy_that_passed_it_on() {
        assertThat(eleventhFrom("X-Forwarded-For", "not-an-address")).isEqualTo(429);

        assertThat(api.send("POST", "/api/v1/auth/token", null,
                ApiClient.body(Map.of("email", "nobody@example.com", "password", "x"))).status()).isEqualTo(429);
    }
}
