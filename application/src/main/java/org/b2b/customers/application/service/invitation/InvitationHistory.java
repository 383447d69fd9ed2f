package org.b2b.customers.application.service.invitation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.b2b.customers.application.port.in.Actor;
import org.b2b.customers.application.service.HistoryRecorder;
import org.b2b.customers.domain.invitation.Invitation;

/** Writes the company history entry of a step in an invitation's life: created, resent, revoked, accepted. */
final class InvitationHistory {

    private final HistoryRecorder history;

    InvitationHistory(HistoryRecorder history) {
        this.history = history;
    }

    void record(Actor actor, Invitation invitation, String action) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("invitationId", invitation.id().toString());
        details.put("email", invitation.email().value());
        details.put("role", invitation.role().value());
        details.put("expiresAt", invitation.expiresAt().toString());
        invitation.acceptedAs().ifPresent(member -> details.put("memberId", member.toString()));
        history.companyChange(actor, invitation.companyId(), action, details);
    }
}
