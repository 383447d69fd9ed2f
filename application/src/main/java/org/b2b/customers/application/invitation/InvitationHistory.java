package org.b2b.customers.application.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.domain.history.HistoryEntry;
import org.b2b.customers.domain.invitation.Invitation;

/** Writes the company history entry of a step in an invitation's life: created, resent, revoked, accepted. */
final class InvitationHistory {

    private final HistoryRecorder history;

    InvitationHistory(HistoryRecorder history) {
        this.history = history;
    }

    void record(Actor actor, Invitation invitation, String action) {
        history.companyChange(actor, invitation.companyId(), action, details(invitation));
    }

    /** The entry of a step, not yet written: a bulk invitation writes the entries of many lines together. */
    HistoryEntry entry(Actor actor, Invitation invitation, String action) {
        return history.companyEntry(actor, invitation.companyId(), action, details(invitation));
    }

    void recordAll(List<HistoryEntry> entries) {
        history.record(entries);
    }

    private static Map<String, String> details(Invitation invitation) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("invitationId", invitation.id().toString());
        details.put("email", invitation.email().value());
        details.put("role", invitation.role().value());
        details.put("expiresAt", invitation.expiresAt().toString());
        invitation.acceptedAs().ifPresent(member -> details.put("memberId", member.toString()));
        return details;
    }
}
