package org.b2b.customers.application.invitation;

import java.time.Instant;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;

/** Revokes an invitation, so that its link stops working. */
final class RevokeInvitationService implements RevokeInvitationUseCase {

    private final UseCaseSupport support;
    private final CompanyInvitations invitations;

    RevokeInvitationService(UseCaseSupport support, CompanyInvitations invitations) {
        this.support = support;
        this.invitations = invitations;
    }

    @Override
    public InvitationView revoke(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.INVITATION_MANAGE);
            Instant now = support.clock().instant();
            Invitation revoked = invitations.store(actor, invitations.find(company, invitationId).revoke(now),
                    "invitation.revoked");
            return invitations.view(revoked, now);
        });
    }
}
