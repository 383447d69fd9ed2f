package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.b2b.customers.application.port.out.ClaimedMessage;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.OutboxQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxQueue} does: hands each due message to one claimer at a time, gives it back when the
 * claim's lease runs out, and keeps each outcome, refusing a claimer that lost its claim.
 */
public abstract class OutboxQueueContract extends PortContract {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Instant FAR_FUTURE = Instant.parse("2999-01-01T00:00:00Z");

    /** The queue over the same store as {@link #ports()}'s outbox. */
    protected abstract OutboxQueue queue();

    /** A runner may share its store between tests: messages of earlier tests are claimed for good, out of the way. */
    @BeforeEach
    void claimTheMessagesOfEarlierTests() {
        inTransaction(() -> queue().claim(UUID.randomUUID(), 100_000, FAR_FUTURE, FAR_FUTURE));
    }

    @Test
    public void a_new_message_is_claimed_once_it_is_due_as_its_first_attempt() {
        OutboundMessage message = append(Fixtures.T0);

        assertThat(claim(UUID.randomUUID(), Fixtures.T0.minusSeconds(1))).isEmpty();
        assertThat(claim(UUID.randomUUID(), Fixtures.T0)).containsExactly(new ClaimedMessage(message, 1));
    }

    @Test
    public void a_claimed_message_is_not_claimed_again_while_the_lease_lasts() {
        append(Fixtures.T0);
        claim(UUID.randomUUID(), Fixtures.T0);

        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plus(LEASE).minusSeconds(1))).isEmpty();
    }

    @Test
    public void the_message_of_a_claim_whose_lease_ran_out_is_claimed_again_as_the_next_attempt() {
        OutboundMessage message = append(Fixtures.T0);
        claim(UUID.randomUUID(), Fixtures.T0);

        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plus(LEASE))).containsExactly(new ClaimedMessage(message, 2));
    }

    @Test
    public void a_sent_message_is_never_claimed_again() {
        OutboundMessage message = append(Fixtures.T0);
        UUID claim = UUID.randomUUID();
        claim(claim, Fixtures.T0);

        assertThat(inTransaction(() -> queue().markSent(message.id(), claim, Fixtures.T0))).isTrue();

        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    public void a_failed_message_is_never_claimed_again() {
        OutboundMessage message = append(Fixtures.T0);
        UUID claim = UUID.randomUUID();
        claim(claim, Fixtures.T0);

        assertThat(inTransaction(() -> queue().markFailed(message.id(), claim, "550 no such mailbox"))).isTrue();

        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    public void a_dropped_message_is_never_claimed_again() {
        OutboundMessage message = append(Fixtures.T0);
        UUID claim = UUID.randomUUID();
        claim(claim, Fixtures.T0);

        assertThat(inTransaction(() -> queue().markDropped(message.id(), claim, "nothing to send"))).isTrue();

        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    public void a_message_to_retry_is_claimed_again_at_its_new_time_and_not_before() {
        OutboundMessage message = append(Fixtures.T0);
        UUID claim = UUID.randomUUID();
        claim(claim, Fixtures.T0);
        Instant retryAt = Fixtures.T0.plusSeconds(10);

        assertThat(inTransaction(() -> queue().scheduleRetry(message.id(), claim, retryAt, "connection refused"))).isTrue();

        assertThat(claim(UUID.randomUUID(), retryAt.minusMillis(1))).isEmpty();
        assertThat(claim(UUID.randomUUID(), retryAt)).containsExactly(new ClaimedMessage(message, 2));
    }

    @Test
    public void a_released_message_is_claimed_again_at_once_and_the_untried_claim_does_not_count() {
        OutboundMessage message = append(Fixtures.T0);
        UUID claim = UUID.randomUUID();
        claim(claim, Fixtures.T0);

        assertThat(inTransaction(() -> queue().release(message.id(), claim))).isTrue();

        assertThat(claim(UUID.randomUUID(), Fixtures.T0)).containsExactly(new ClaimedMessage(message, 1));
    }

    @Test
    public void a_claimer_whose_lease_ran_out_and_was_taken_over_cannot_record_an_outcome() {
        OutboundMessage message = append(Fixtures.T0);
        UUID lost = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        claim(lost, Fixtures.T0);
        claim(current, Fixtures.T0.plus(LEASE));

        assertThat(inTransaction(() -> queue().markSent(message.id(), lost, Fixtures.T0))).isFalse();
        assertThat(inTransaction(() -> queue().scheduleRetry(message.id(), lost, Fixtures.T0, "late"))).isFalse();
        assertThat(inTransaction(() -> queue().release(message.id(), lost))).isFalse();
        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plus(LEASE))).isEmpty();
        assertThat(inTransaction(() -> queue().markFailed(message.id(), current, "550 no such mailbox"))).isTrue();
    }

    @Test
    public void an_unclaimed_message_cannot_be_marked() {
        OutboundMessage message = append(Fixtures.T0);

        assertThat(inTransaction(() -> queue().markSent(message.id(), UUID.randomUUID(), Fixtures.T0))).isFalse();

        assertThat(claim(UUID.randomUUID(), Fixtures.T0)).extracting(c -> c.message().id()).containsExactly(message.id());
    }

    @Test
    public void a_claim_takes_at_most_its_limit_those_due_longest_first() {
        OutboundMessage third = append(Fixtures.T0.plusSeconds(3));
        OutboundMessage first = append(Fixtures.T0.plusSeconds(1));
        OutboundMessage second = append(Fixtures.T0.plusSeconds(2));

        List<ClaimedMessage> claimed = inTransaction(() -> queue().claim(UUID.randomUUID(), 2, Fixtures.T0.plusSeconds(5),
                Fixtures.T0.plusSeconds(5).plus(LEASE)));

        assertThat(claimed).extracting(ClaimedMessage::message).containsExactly(first, second);
        assertThat(claim(UUID.randomUUID(), Fixtures.T0.plusSeconds(5))).extracting(ClaimedMessage::message)
                .containsExactly(third);
    }

    @Test
    public void a_rolled_back_claim_leaves_its_messages_to_be_claimed() {
        OutboundMessage message = append(Fixtures.T0);

        assertThatThrownBy(() -> inTransaction(() -> {
            queue().claim(UUID.randomUUID(), 10, Fixtures.T0, Fixtures.T0.plus(LEASE));
            throw new IllegalStateException("the dispatcher fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(claim(UUID.randomUUID(), Fixtures.T0)).containsExactly(new ClaimedMessage(message, 1));
    }

    @Test
    public void claimers_in_parallel_never_get_the_same_message() throws Exception {
        List<UUID> appended = IntStream.range(0, 60).mapToObj(i -> append(Fixtures.T0).id()).toList();

        List<Object> outcomes = Race.run(IntStream.range(0, 4).<Callable<?>>mapToObj(i -> () -> {
            List<UUID> taken = new ArrayList<>();
            List<ClaimedMessage> claimed;
            do {
                claimed = inTransaction(() -> queue().claim(UUID.randomUUID(), 3, Fixtures.T0, Fixtures.T0.plus(LEASE)));
                claimed.forEach(c -> taken.add(c.message().id()));
            } while (!claimed.isEmpty());
            return taken;
        }).toList());

        List<UUID> all = new ArrayList<>();
        outcomes.forEach(outcome -> {
            assertThat(outcome).isInstanceOf(List.class);
            ((List<?>) outcome).forEach(id -> all.add((UUID) id));
        });
        assertThat(all).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all)).isEqualTo(new HashSet<>(appended));
    }

    private OutboundMessage append(Instant createdAt) {
        OutboundMessage message = new OutboundMessage(UUID.randomUUID(), Fixtures.email("queued"), "invitation",
                Map.of("invitationId", UUID.randomUUID().toString(), "companyName", "Zoë & Co."), createdAt);
        inTransaction(() -> ports().outbox().append(message));
        return message;
    }

    private List<ClaimedMessage> claim(UUID claim, Instant now) {
        return inTransaction(() -> queue().claim(claim, 100, now, now.plus(LEASE)));
    }
}
