package org.b2b.customers.application.invitation;

import java.time.Clock;
import java.time.Instant;
import org.b2b.customers.application.common.Actor;
import org.b2b.customers.application.invitation.InvitationView;
import org.b2b.customers.application.invitation.RevokeInvitationUseCase;
import org.b2b.customers.application.port.out.Invitations;
import org.b2b.customers.application.port.out.Transactions;
import org.b2b.customers.application.port.out.Users;
import org.b2b.customers.application.support.HistoryRecorder;
import org.b2b.customers.application.support.AccessControl;
import org.b2b.customers.domain.access.Permission;
import org.b2b.customers.domain.company.Company;
import org.b2b.customers.domain.company.CompanyId;
import org.b2b.customers.domain.invitation.Invitation;
import org.b2b.customers.domain.invitation.InvitationId;

/** Revokes an invitation, so that its link stops working. */
final class RevokeInvitationService implements RevokeInvitationUseCase {

    private final Transactions transactions;
    private final AccessControl access;
    private final Invitations invitations;
    private final CompanyInvitations companyInvitations;
    private final InvitationViews views;
    private final InvitationHistory history;
    private final Clock clock;

    RevokeInvitationService(Transactions transactions, AccessControl access, Invitations invitations,
            Users users, HistoryRecorder history, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.invitations = invitations;
        this.companyInvitations = new CompanyInvitations(invitations);
        this.views = new InvitationViews(users);
        this.history = new InvitationHistory(history);
        this.clock = clock;
    }

    @Override
    public InvitationView revoke(Actor actor, CompanyId companyId, InvitationId invitationId) {
        return transactions.inTransaction(() -> {
            Company company = access.caller(actor).company(companyId, Permission.INVITATION_MANAGE);
            Instant now = clock.instant();
            Invitation revoked = invitations.update(companyInvitations.find(company, invitationId).revoke(now));
            history.record(actor, revoked, "invitation.revoked");
            return views.of(revoked, now);
        });
    }
}
