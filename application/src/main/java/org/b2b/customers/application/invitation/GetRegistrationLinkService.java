package org.b2b.customers.application.invitation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.PageRequest;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;
import org.b2b.customers.domain.shared.InvalidInputException;

/**
 * Gives the registration link of a pending invitation ("copy link"), rebuilt from its stored secret; for a page of
 * the list, those of all its pending invitations from one read.
 */
final class GetRegistrationLinkService implements GetRegistrationLinkUseCase {

    private final UseCaseSupport support;
    private final CompanyInvitations invitations;
    private final Invitations all;
    private final Settings settings;

    GetRegistrationLinkService(UseCaseSupport support, CompanyInvitations invitations, Invitations all,
            Settings settings) {
        this.support = support;
        this.invitations = invitations;
        this.all = all;
        this.settings = settings;
    }

    @Override
    public RegistrationLink link(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.INVITATION_VIEW);
            Invitation invitation = invitations.find(company, invitationId);
            InvitationStatus status = invitation.statusAt(support.clock().instant());
            if (status != InvitationStatus.PENDING) {
                throw DomainException.conflict(InvitationErrorCode.closed(status), switch (status) {
                    case EXPIRED -> "This invitation has expired, so its link no longer works; re-send it for a new one.";
                    case REVOKED -> "This invitation was revoked; its link no longer works.";
                    default -> "This invitation was accepted; its link is used up.";
                });
            }
            return linkOf(invitation);
        });
    }

    @Override
    public Map<InvitationId, RegistrationLink> links(Actor actor, CompanyId companyId,
            Collection<InvitationId> invitationIds) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.INVITATION_VIEW);
            if (invitationIds.size() > PageRequest.MAX_LIMIT) {
                throw InvalidInputException.of("invitationIds", "too_many", "must be at most 200");
            }
            Instant now = support.clock().instant();
            // Those of another company are left out as if they did not exist, as one asked alone is not found.
            return all.findAll(invitationIds).stream()
                    .filter(invitation -> invitation.companyId().equals(company.id()))
                    .filter(invitation -> invitation.statusAt(now) == InvitationStatus.PENDING)
                    .collect(Collectors.toUnmodifiableMap(Invitation::id, this::linkOf));
        });
    }

    private RegistrationLink linkOf(Invitation invitation) {
        String token = settings.registrationTokens().tokenFor(invitation.secret());
        return new RegistrationLink(settings.registrationLink(token));
    }
}
