package org.b2b.customers.application.invitation;

import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.InvitationId;

/** Reads one invitation of a company, with the same access as the list of them. */
final class GetInvitationService implements GetInvitationUseCase {

    private final UseCaseSupport support;
    private final CompanyInvitations invitations;

    GetInvitationService(UseCaseSupport support, CompanyInvitations invitations) {
        this.support = support;
        this.invitations = invitations;
    }

    @Override
    public InvitationView get(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return support.readingAsCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.INVITATION_VIEW);
            return invitations.view(invitations.find(company, invitationId), support.clock().instant());
        });
    }
}
