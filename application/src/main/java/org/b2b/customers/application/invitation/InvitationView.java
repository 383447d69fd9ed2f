package org.b2b.customers.application.invitation;

import java.time.Instant;
import java.util.Optional;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.user.PersonName;

/**
 * An invitation as staff see it, with its status at the time of reading and who sent it; {@code deliveryFailure}
 * says why its last mail could not be delivered. Never the link: that takes the separate "copy link" use case.
 */
public record InvitationView(
        InvitationId id, CompanyId companyId, String email, String role, InvitationStatus status, Instant createdAt,
        Instant expiresAt, Instant lastSentAt, int sendCount, Optional<String> deliveryFailure, InviterView invitedBy,
        long version) {

    /** The invitation as it stands at {@code now}; {@code inviterName} is absent when its sender no longer exists. */
    public static InvitationView of(Invitation invitation, Instant now, Optional<PersonName> inviterName) {
        return new InvitationView(invitation.id(), invitation.companyId(), invitation.email().value(),
                invitation.role().value(), invitation.statusAt(now), invitation.createdAt(), invitation.expiresAt(),
                invitation.lastSentAt(), invitation.sendCount(), invitation.deliveryFailure(),
                new InviterView(invitation.invitedBy(), inviterName.map(PersonName::fullName)), invitation.version());
    }
}
