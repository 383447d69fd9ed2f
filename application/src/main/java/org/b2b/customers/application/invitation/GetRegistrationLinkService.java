package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.invitation.InvitationErrorCode;
import org.b2b.customers.domain.invitation.InvitationStatus;
import org.b2b.customers.domain.shared.DomainException;

/** Gives the registration link of a pending invitation ("copy link"), rebuilt from its stored secret. */
final class GetRegistrationLinkService implements GetRegistrationLinkUseCase {

    private final UseCaseSupport support;
    private final CompanyInvitations invitations;
    private final Settings settings;

    GetRegistrationLinkService(UseCaseSupport support, CompanyInvitations invitations, Settings settings) {
        this.support = support;
        this.invitations = invitations;
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
            String token = settings.registrationTokens().tokenFor(invitation.secret());
            return new RegistrationLink(settings.registrationLink(token));
        });
    }
}
