package org.b2b.customers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.b2b.customers.application.port.out.OutboundMessage;
import org.b2b.customers.application.port.out.Outbox;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} does: keeps what a committed transaction wrote, and nothing of a rolled-back one. */
public abstract class OutboxContract extends PortContract {

    /** Every outbox message committed so far. */
    protected abstract List<OutboundMessage> outboxMessages();

    private static OutboundMessage message(Map<String, String> data) {
        return new OutboundMessage(UUID.randomUUID(), Fixtures.email("recipient"), "invitation", data, Fixtures.T0);
    }

    @Test
    public void a_committed_message_is_kept_with_its_data() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("companyName", "Zoë & Co.");
        data.put("invitationId", UUID.randomUUID().toString());
        OutboundMessage message = message(data);

        inTransaction(() -> ports().outbox().append(message));

        assertThat(outboxMessages()).contains(message);
    }

    @Test
    public void a_message_without_data_is_kept() {
        OutboundMessage message = message(Map.of());

        inTransaction(() -> ports().outbox().append(message));

        assertThat(outboxMessages()).contains(message);
    }

    @Test
    public void messages_appended_together_are_kept_each_with_its_data_in_order() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("zeta", "first written");
        data.put("alpha", "Zoë & Co. <b>");
        data.put("empty", "");
        List<OutboundMessage> messages = List.of(message(data), message(Map.of()), message(Map.of("k", "v")));

        inTransaction(() -> ports().outbox().appendAll(messages));
        inTransaction(() -> ports().outbox().appendAll(List.of()));

        List<OutboundMessage> kept = outboxMessages().stream().filter(messages::contains).toList();
        assertThat(kept).containsExactlyInAnyOrderElementsOf(messages);
        assertThat(kept.stream().filter(m -> m.id().equals(messages.get(0).id())).findFirst().orElseThrow()
                .data().entrySet()).containsExactlyElementsOf(data.entrySet());
    }

    @Test
    public void messages_appended_together_in_a_rolled_back_transaction_are_not_kept() {
        List<OutboundMessage> messages = List.of(message(Map.of("k", "v")), message(Map.of("k", "w")));

        assertThatThrownBy(() -> inTransaction(() -> {
            ports().outbox().appendAll(messages);
            throw new IllegalStateException("the use case fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxMessages()).extracting(OutboundMessage::id)
                .doesNotContainAnyElementsOf(messages.stream().map(OutboundMessage::id).toList());
    }

    @Test
    public void a_rolled_back_message_is_not_kept() {
        OutboundMessage message = message(Map.of("k", "v"));

        assertThatThrownBy(() -> inTransaction(() -> {
            ports().outbox().append(message);
            throw new IllegalStateException("the use case fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxMessages()).extracting(OutboundMessage::id).doesNotContain(message.id());
    }
}
