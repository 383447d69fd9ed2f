package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.b2b.customers.application.port.out.FailureTally;
import org.b2b.customers.application.port.out.LoginFailures;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginFailures} store does: a replace happens only over the expected tally, so that parallel
 * counters each add exactly one, and tallies past their forget time are swept.
 */
public abstract class LoginFailuresContract extends PortContract {

    private LoginFailures failures() {
        return ports().loginFailures();
    }

    private static String subject() {
        return "account:" + UUID.randomUUID() + "@example.com";
    }

    private static FailureTally tally(int failures, Instant forgetAt) {
        return new FailureTally(failures, Fixtures.T0.plusSeconds(failures), forgetAt);
    }

    private boolean replace(String subject, Optional<FailureTally> expected, FailureTally next) {
        return inTransaction(() -> failures().replace(subject, expected, next));
    }

    private Optional<FailureTally> find(String subject) {
        return inTransaction(() -> failures().find(subject));
    }

    @Test
    public void a_tally_is_stored_only_where_none_was_and_replaced_only_over_the_one_expected() {
        String subject = subject();
        FailureTally first = tally(1, Fixtures.T0.plus(Duration.ofDays(1)));
        FailureTally second = tally(2, Fixtures.T0.plus(Duration.ofDays(1)));

        assertThat(replace(subject, Optional.empty(), first)).isTrue();
        assertThat(replace(subject, Optional.empty(), second)).isFalse();
        assertThat(replace(subject, Optional.of(second), tally(3, Fixtures.T0))).isFalse();
        assertThat(find(subject)).contains(first);
        assertThat(replace(subject, Optional.of(first), second)).isTrue();

        assertThat(find(subject)).contains(second);
        assertThat(find(subject())).isEmpty();
    }

    @Test
    public void parallel_counters_that_read_again_after_losing_each_add_exactly_one() throws Exception {
        String subject = subject();
        int counters = 16;
        List<Callable<?>> contenders = new ArrayList<>();
        for (int i = 0; i < counters; i++) {
            contenders.add(() -> {
                while (true) {
                    Optional<FailureTally> seen = find(subject);
                    int failures = seen.map(FailureTally::failures).orElse(0) + 1;
                    try {
                        if (replace(subject, seen, tally(failures, Fixtures.T0.plus(Duration.ofDays(1))))) {
                            return failures;
                        }
                    } catch (RuntimeException lostToALock) {
                        // A database may end a transaction that waited on the winner's lock; that is a lost race too.
                    }
                }
            });
        }

        List<Object> counted = Race.run(contenders);

        assertThat(counted).doesNotHaveDuplicates().hasSize(counters);
        assertThat(find(subject)).map(FailureTally::failures).contains(counters);
    }

    @Test
    public void sweeping_forgets_exactly_the_tallies_whose_time_has_come() {
        Instant sweep = Instant.parse("2031-01-01T00:00:00Z");
        String expired = subject();
        String expiringNow = subject();
        String live = subject();
        replace(expired, Optional.empty(), tally(1, sweep.minusSeconds(1)));
        replace(expiringNow, Optional.empty(), tally(1, sweep));
        replace(live, Optional.empty(), tally(1, sweep.plusSeconds(1)));

        inTransaction(() -> failures().forgetExpired(sweep));

        assertThat(find(expired)).isEmpty();
        assertThat(find(expiringNow)).isEmpty();
        assertThat(find(live)).isPresent();
    }
}
