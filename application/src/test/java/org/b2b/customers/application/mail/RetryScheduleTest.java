package org.b2b.customers.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final double LOWEST = 0.0;
    private static final double HIGHEST = Math.nextDown(1.0);

    @Test
    void the_first_retry_comes_within_ten_seconds_and_not_before_five() {
        assertThat(new RetrySchedule(() -> LOWEST).delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(new RetrySchedule(() -> HIGHEST).delayAfter(1)).isLessThan(Duration.ofSeconds(10))
                .isGreaterThan(Duration.ofMillis(9_990));
    }

    @Test
    void each_failed_attempt_doubles_the_wait() {
        RetrySchedule schedule = new RetrySchedule(() -> LOWEST);

        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void the_wait_is_capped_at_half_an_hour_however_many_attempts_failed() {
        assertThat(new RetrySchedule(() -> HIGHEST).delayAfter(9)).isLessThan(Duration.ofMinutes(30))
                .isGreaterThan(Duration.ofMinutes(29));
        assertThat(new RetrySchedule(() -> LOWEST).delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(new RetrySchedule(() -> HIGHEST).delayAfter(Integer.MAX_VALUE)).isLessThan(Duration.ofMinutes(30));
    }

    @Test
    void the_jitter_spreads_the_wait_between_half_the_ceiling_and_the_ceiling() {
        assertThat(new RetrySchedule(() -> 0.5).delayAfter(3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetrySchedule.jittered().delayAfter(1)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }
}
