package org.b2b.customers.application.history;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.b2b.customers.domain.user.UserId;

/**
 * One change as callers see it: when, who (the user's id and, while the user exists, their full name, so that a
 * screen shows a person rather than an id; not their email, which customers reading their history need not see),
 * what, and its details.
 */
public record HistoryEntryView(
        Instant at, UserId actorUserId, Optional<String> actorName, String action, Map<String, String> details) {

    public HistoryEntryView {
        requireNonNull(at);
        requireNonNull(actorUserId);
        requireNonNull(actorName);
        requireNonNull(action);
        details = ImmutableMap.copyOf(details);
    }
}
