package org.b2b.customers.application.invitation;

import java.time.Instant;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.common.Settings;
import org.b2b.customers.application.support.UseCaseSupport;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyErrorCode;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;
import org.b2b.customers.domain.shared.DomainException;

/** Sends an invitation again, renewing an expired one with a new link. */
final class ResendInvitationService implements ResendInvitationUseCase {

    private final UseCaseSupport support;
    private final CompanyInvitations invitations;
    private final InvitationMessages messages;
    private final Settings settings;

    ResendInvitationService(UseCaseSupport support, CompanyInvitations invitations, InvitationMessages messages,
            Settings settings) {
        this.support = support;
        this.invitations = invitations;
        this.messages = messages;
        this.settings = settings;
    }

    @Override
    public InvitationView resend(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return support.asCaller(actor, caller -> {
            Company company = caller.company(companyId, Permission.INVITATION_MANAGE);
            Invitation invitation = invitations.find(company, invitationId);
            Instant now = support.clock().instant();
            Invitation resent = invitation.resend(settings.invitationTtl(), settings.registrationTokens(), now);
            if (!company.isActive()) {
                throw DomainException.ruleViolated(CompanyErrorCode.DEACTIVATED,
                        "A deactivated company cannot invite members; reactivate it first.");
            }
            Invitation stored = invitations.store(actor, resent, "invitation.resent");
            messages.append(stored, company, actor, now);
            return invitations.view(stored, now);
        });
    }
}
