package org.b2b.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords at {@code POST /auth/token}: failures count per account and per client address (the test
 * server trusts its own loopback as a proxy, so each request names its client in {@code X-Forwarded-For}).
 */
class LoginThrottleApiTest {

    private static final String ATTACKER = "198.51.100.7";
    private static final String OWNER = "203.0.113.9";

    private final RunningApi api = new RunningApi(TrustedProxies.parse("127.0.0.1"));
    private final Map<String, String> wrong = Map.of("email", InMemorySystem.ADMIN_EMAIL, "password", "a wrong guess");
    private final Map<String, String> right = Map.of("email", InMemorySystem.ADMIN_EMAIL,
            "password", InMemorySystem.ADMIN_PASSWORD);

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply logIn(Map<String, String> credentials, String client) {
        return api.send("POST", "/api/v1/auth/token", null, ApiClient.body(credentials), "X-Forwarded-For", client);
    }

    @Test
    void parallel_wrong_passwords_are_not_all_tried() throws Exception {
        int guesses = 24;
        List<Callable<Integer>> guessers = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            guessers.add(() -> logIn(wrong, ATTACKER).status());
        }
        ExecutorService threads = Executors.newFixedThreadPool(guesses);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : threads.invokeAll(guessers)) {
                statuses.add(status.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        // Five free failures, and one more for the attempt that came while the client was still clean.
        assertThat(statuses.stream().filter(s -> s == 401).count()).isBetween(1L, 6L);
        assertThat(statuses).allMatch(s -> s == 401 || s == 429 || s == 503);
    }

    @Test
    void an_account_waits_longer_after_each_failure_but_its_owner_from_a_clean_client_still_gets_in() {
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(wrong, ATTACKER).status()).isEqualTo(401);
        }
        Reply held = logIn(right, ATTACKER);
        assertThat(held.status()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isEqualTo("1");
        assertThat(held.json().get("code").asText()).isEqualTo("auth.too_many_attempts");

        api.system().clock().advance(Duration.ofSeconds(1));
        assertThat(logIn(wrong, ATTACKER).status()).isEqualTo(401);
        assertThat(logIn(wrong, ATTACKER).header("Retry-After")).isEqualTo("2");
        api.system().clock().advance(Duration.ofSeconds(2));
        assertThat(logIn(wrong, ATTACKER).status()).isEqualTo(401);
        assertThat(logIn(wrong, ATTACKER).header("Retry-After")).isEqualTo("4");

        assertThat(logIn(right, OWNER).status()).isEqualTo(200);
    }

    @Test
    void one_client_spraying_many_accounts_is_slowed_down_after_ten_failures() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(logIn(Map.of("email", "someone" + i + "@example.com", "password", "a wrong guess"), ATTACKER)
                    .status());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 30)).containsOnly(429);
        assertThat(logIn(right, OWNER).status()).isEqualTo(200);
    }

    @Test
    void without_trusting_the_peer_a_forwarded_address_changes_nothing() {
        try (RunningApi direct = new RunningApi()) {
            for (int i = 0; i < 10; i++) {
                direct.send("POST", "/api/v1/auth/token", null,
                        ApiClient.body(Map.of("email", "someone" + i + "@example.com", "password", "x")),
                        "X-Forwarded-For", "192.0.2." + i);
            }

            assertThat(direct.send("POST", "/api/v1/auth/token", null, ApiClient.body(right), "X-Forwarded-For", OWNER)
                    .status()).isEqualTo(429);
        }
    }
}
