package org.b2b.customers.application.invitation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.b2b.customers.domain.invitation.InvitationId;

/** One line of a bulk invitation's report: the email as understood, the outcome and, when invited, the invitation. */
public record InvitationResult(int line, String email, InvitationOutcome outcome, Optional<InvitationId> invitationId) {

    public InvitationResult {
        requireNonNull(email);
        requireNonNull(outcome);
        requireNonNull(invitationId);
        if ((outcome == InvitationOutcome.INVITED) != invitationId.isPresent()) {
            throw new IllegalArgumentException("exactly the invited lines name their invitation");
        }
    }
}
