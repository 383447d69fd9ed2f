package org.b2b.customers.domain.history;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.user.UserId;

/**
 * One change, kept for good: who did what, when, to which company (none for changes to roles and groups), with
 * the details that make it readable later (old and new values, the email invited …).
 */
public record HistoryEntry(
        HistoryEntryId id, Optional<CompanyId> companyId, Instant at, UserId actor, String action,
        Map<String, String> details) {

    public HistoryEntry {
        requireNonNull(id);
        requireNonNull(companyId);
        requireNonNull(at);
        requireNonNull(actor);
        requireNonNull(action);
        if (!action.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("actions read module.verb, such as company.created");
        }
        details = ImmutableMap.copyOf(details);
    }
}
