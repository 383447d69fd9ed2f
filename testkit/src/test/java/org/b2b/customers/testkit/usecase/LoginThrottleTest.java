package org.b2b.customers.testkit.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.b2b.customers.application.user.SignInHeld;
import org.b2b.customers.application.user.LoginThrottle;
import org.b2b.customers.testkit.InMemorySystem;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final InMemorySystem system = InMemorySystem.start();
    private final LoginThrottle throttle = new LoginThrottle(system.ports().transactions(),
            system.ports().loginFailures(), system.clock(), 2);

    @Test
    void beyond_the_checks_in_flight_a_sign_in_is_turned_away_at_once_and_counts_as_no_failure() throws Exception {
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> holdASlot("a@example.com", running, finish));
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> holdASlot("b@example.com", running, finish));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> throttle.check("c@example.com", "203.0.113.9", () -> "checked"))
                .isInstanceOfSatisfying(SignInHeld.class, held -> {
                    assertThat(held.busy()).isTrue();
                    assertThat(held.code()).isEqualTo("auth.busy");
                    assertThat(held.retryAfterSeconds()).isEqualTo(1);
                });
        assertThat(system.ports().transactions().inTransaction(() -> system.ports().loginFailures().find("client:203.0.113.9")))
                .isEmpty();

        finish.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        assertThat(throttle.check("c@example.com", "203.0.113.9", () -> "checked")).isEqualTo("checked");
    }

    private void holdASlot(String email, CountDownLatch running, CountDownLatch finish) {
        throttle.check(email, "192.0.2.1", () -> {
            running.countDown();
            try {
                return finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }
}
