package org.b2b.customers.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryEntryTest {

    @ParameterizedTest
    @ValueSource(strings = {"company.created", "member.updated", "contact_person.assigned", "customer_group.updated"})
    void an_action_reads_module_dot_verb(String action) {
        assertThat(entry(action, Map.of()).action()).isEqualTo(action);
    }

    @ParameterizedTest
    @ValueSource(strings = {"created", "Company.Created", "company created", "company.", ".created",
            "company.member.added", "company-created"})
    void any_other_action_is_refused(String action) {
        assertThatThrownBy(() -> entry(action, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_details_are_kept_as_they_were_recorded() {
        Map<String, String> details = new HashMap<>(Map.of("email", "new@acme.example"));
        HistoryEntry entry = entry("invitation.sent", details);

        details.put("email", "changed@acme.example");

        assertThat(entry.details()).containsExactly(Map.entry("email", "new@acme.example"));
        assertThatThrownBy(() -> entry.details().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static HistoryEntry entry(String action, Map<String, String> details) {
        return new HistoryEntry(HistoryEntryId.random(), Optional.of(CompanyId.random()),
                Instant.parse("2025-03-01T09:00:00Z"), UserId.random(), action, details);
    }
}
