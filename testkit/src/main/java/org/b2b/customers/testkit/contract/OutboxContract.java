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
    public void a_rolled_back_message_is_not_kept() {
        OutboundMessage message = message(Map.of("k", "v"));

        assertThatThrownBy(() -> inTransaction(() -> {
            ports().outbox().append(message);
            throw new IllegalStateException("the use case fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxMessages()).extracting(OutboundMessage::id).doesNotContain(message.id());
    }
}
